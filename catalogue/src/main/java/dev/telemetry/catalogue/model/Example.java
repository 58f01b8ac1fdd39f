package dev.telemetry.catalogue.model;

import java.util.Map;

/**
 * The example values of an event, used in docs, fixtures and tests.
 *
 * @param values property name to value, as loaded: String, Long/Integer/BigInteger, Double/BigDecimal,
 *     Boolean, List, or Map (for named types); insertion-ordered
 * @param distinctId the {@code distinct-id} entry, for events whose ID is given on its own; else null
 * @param groupKey the {@code group-key} entry of a group-identify event; else null
 * @param location where the example starts
 */
public record Example(Map<String, Object> values, String distinctId, String groupKey, Location location) {}
