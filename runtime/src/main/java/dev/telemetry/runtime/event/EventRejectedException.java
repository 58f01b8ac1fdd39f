package dev.telemetry.runtime.event;

/**
 * Thrown by a {@link JsonOutput} while encoding when an event must not be sent (an empty
 * identifier, a non-finite number). The client catches it, drops the event and reports the
 * reason; it never reaches the caller of {@code track}.
 */
public final class EventRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a reason a person can read. */
  public EventRejectedException(String reason) {
    super(reason, null, false, false);
  }
}
