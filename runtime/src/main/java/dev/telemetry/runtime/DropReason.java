package dev.telemetry.runtime;

/** Why an event was dropped: never sent, and counted under this reason. */
public enum DropReason {
  /** The queue was full (by count or by bytes) and the overflow policy chose this event. */
  QUEUE_FULL,
  /** The encoded event is larger than the configured per-event limit. */
  EVENT_TOO_LARGE,
  /** An identifier to hash (a distinct ID, a hashed property, a group key) was null or empty. */
  EMPTY_IDENTIFIER,
  /** The event failed its own checks while encoding, such as a non-finite number, or its writer threw. */
  INVALID_EVENT,
  /** No writer is known for the event's class: it is not in any generated event index. */
  UNKNOWN_EVENT,
  /** Telemetry is switched off (by configuration, {@code {PREFIX}_DISABLED} or {@code DO_NOT_TRACK}). */
  DISABLED,
  /** The client was closed before the event could be sent (and it had no spool to keep it in). */
  CLOSED,
  /**
   * The event was spooled, but the spool went past its size or age bound before the event could
   * be sent, and the oldest events were dropped to stay inside it.
   */
  SPOOL_LIMIT,
  /** The catalogue's expiry date of the event has passed: it is no longer collected. */
  EXPIRED
}
