/**
 * The two benchmark events as a product writes them: records annotated with {@code
 * TelemetryEvent}, checked against {@code telemetry/catalogue.yaml} by the annotation processor,
 * which generates their writers (nested in {@code TelemetryWriters}: {@code
 * RequestReviewedTelemetryWriter}, {@code RuleCreatedTelemetryWriter}) and the event index; and the
 * deterministic workload that every client sends.
 */
package dev.telemetry.benchmarks.events;
