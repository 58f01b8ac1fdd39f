package dev.telemetry.samples.tracking;

/**
 * Where the services hand their telemetry events. In the product it is {@code client::track} of a
 * {@link dev.telemetry.runtime.TelemetryClient}; keeping the services behind this one method lets
 * the load run cap how many events are tracked.
 */
@FunctionalInterface
public interface EventTracker {
  /** Tracks one event of a generated or {@code @TelemetryEvent} class; never blocks, never throws. */
  void track(Object event);
}
