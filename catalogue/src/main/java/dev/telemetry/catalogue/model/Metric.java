package dev.telemetry.catalogue.model;

import java.util.List;

/**
 * One row of the "What is Collected" table.
 *
 * @param metric what is measured
 * @param purpose why
 * @param events the events that feed it
 * @param location where it is declared
 */
public record Metric(String metric, String purpose, List<String> events, Location location) {}
