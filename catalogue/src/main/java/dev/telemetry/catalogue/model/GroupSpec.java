package dev.telemetry.catalogue.model;

/**
 * A PostHog group type, such as {@code deployment}.
 *
 * @param name the group type
 * @param description what it is
 * @param location where it is declared
 */
public record GroupSpec(String name, String description, Location location) {}
