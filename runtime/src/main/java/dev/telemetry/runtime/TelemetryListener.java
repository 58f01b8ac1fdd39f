package dev.telemetry.runtime;

import dev.telemetry.runtime.sink.EncodedEvent;
import java.util.List;

/**
 * Per-event callbacks, for products that want to log, count or alert on what happens to their
 * telemetry. Every tracked event ends in exactly one of {@link #onDelivered}, {@link #onDropped}
 * or {@link #onFailed}. Callbacks run on the thread that decided the outcome (the caller of
 * {@code track} for drops at the door, the delivery thread for the rejection of an event encoded
 * there, a sender thread for delivered and failed events); with more than one request in flight
 * ({@link DeliverySettings#maxInFlightRequests()}) they may run on several threads at once, so a
 * listener must be thread-safe. They must be quick and must not call back into the client. An exception thrown by a callback is logged and ignored.
 */
public interface TelemetryListener {
  /** A listener that does nothing. */
  TelemetryListener NONE = new TelemetryListener() {};

  /** The collector accepted the event. */
  default void onDelivered(EncodedEvent event) {}

  /**
   * The event was never sent.
   *
   * @param eventName the catalogue event name, or the Java class name when no writer is known
   * @param reason why, as counted in {@link DeliveryStats#droppedByReason()}
   * @param detail a sentence a person can read
   */
  default void onDropped(String eventName, DropReason reason, String detail) {}

  /** Delivery was tried and given up: a terminal reply, or retries ran out of time. */
  default void onFailed(EncodedEvent event, String detail) {}

  /**
   * The collector accepted a batch but said that the project is over its quota for these data
   * kinds (PostHog's {@code quotaLimited} reply), so it will not store them.
   */
  default void onQuotaLimited(List<String> limited) {}
}
