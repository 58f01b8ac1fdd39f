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

  /**
   * An instance equal to {@code event} that can no longer change, so that the runtime may encode
   * it later, on its delivery thread, rather than inside {@code track}; or {@code null} (the
   * default) when this writer cannot promise that, and the event is then encoded at once on the
   * caller's thread.
   *
   * <p>Generated writers return the event itself when its class is deeply immutable (a record
   * whose components are primitives, strings, enums, immutable lists or such records), or a copy
   * of a record holding immutable copies of its lists; they return {@code null} for classes read
   * through getters or fields, whose values may still change after {@code track} returns.
   */
  default E snapshot(E event) {
    return null;
  }
}
