package dev.telemetry.runtime.internal.encode;

import dev.telemetry.runtime.DropReason;

/** Thrown by {@link EventEncoder} when an event cannot be encoded; says why, as a drop reason. */
public final class EventEncodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final DropReason reason;

  /** Creates the exception for a reason and a message a person can read. */
  public EventEncodingException(DropReason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  /** Why the event cannot be sent. */
  public DropReason reason() {
    return reason;
  }
}
