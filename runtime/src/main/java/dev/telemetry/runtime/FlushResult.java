package dev.telemetry.runtime;

/**
 * The outcome of {@link TelemetryClient#flush(java.time.Duration)}.
 *
 * @param completed true when every event tracked before the call was delivered, dropped or
 *     failed before the deadline; false when the deadline passed first
 * @param stats the client's accounting when the flush returned
 */
public record FlushResult(boolean completed, DeliveryStats stats) {}
