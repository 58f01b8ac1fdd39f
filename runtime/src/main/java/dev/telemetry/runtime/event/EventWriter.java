package dev.telemetry.runtime.event;

/**
 * Encodes instances of one event class without reflection. The annotation processor generates
 * one per {@code @TelemetryEvent} class and per generated event class; tests and unusual
 * integrations may write their own.
 *
 * @param <E> the event class
 */
public interface EventWriter<E> {
  /** The event this writer encodes. */
  EventDescriptor descriptor();

  /** The class whose instances this writer encodes. */
  Class<E> eventClass();

  /**
   * The raw (not yet hashed) distinct ID of an event, hashed by the runtime with
   * {@link EventDescriptor#distinctIdHashPrefix()}; {@code null} when the event has none (group
   * events, whose ID comes from the client's configured group).
   */
  String distinctId(E event);

  /**
   * Writes the event's properties as name/value pairs (the enclosing object is already open).
   * Absent optional properties are not written at all.
   */
  void writeProperties(E event, JsonOutput out);
}
