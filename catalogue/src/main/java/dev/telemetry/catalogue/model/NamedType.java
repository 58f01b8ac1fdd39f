package dev.telemetry.catalogue.model;

import java.util.Map;

/**
 * A named object type, shared between events.
 *
 * @param name the type name (snake_case)
 * @param description what it is
 * @param properties its properties in declaration order
 * @param location where it is declared
 */
public record NamedType(String name, String description, Map<String, PropertySpec> properties, Location location) {}
