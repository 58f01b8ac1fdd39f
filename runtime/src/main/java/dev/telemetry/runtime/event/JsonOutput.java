package dev.telemetry.runtime.event;

import java.time.Duration;
import java.time.Instant;

/**
 * The streaming output that event writers write properties to. Writers call {@link #name} and
 * then exactly one value method (or a begin/end pair). The runtime's encoder implements it,
 * writing UTF-8 JSON straight into the event's buffer; no intermediate maps or reflection.
 *
 * <p>All methods return {@code this} so writer code reads as one chain per property.
 */
public interface JsonOutput {
  /** Starts a property (inside an object). */
  JsonOutput name(String name);

  /** Writes a string value; {@code null} writes JSON null. */
  JsonOutput value(String value);

  /** Writes an integer value. */
  JsonOutput value(long value);

  /** Writes a number value; non-finite numbers are rejected with {@link EventRejectedException}. */
  JsonOutput value(double value);

  /** Writes a boolean value. */
  JsonOutput value(boolean value);

  /** Writes an instant as an RFC 3339 string in UTC, such as {@code 2009-11-10T23:00:00Z}. */
  JsonOutput value(Instant value);

  /** Writes a duration as a number of seconds (with a fraction when it has one). */
  JsonOutput value(Duration value);

  /**
   * Writes an identifier hashed with the configured hashing, as {@code prefix_hash}. An empty or
   * null identifier rejects the whole event (it is dropped and counted, never sent).
   */
  JsonOutput hashed(String prefix, String identifier);

  /** Writes a numeric identifier hashed with the configured hashing (see {@link #hashed(String, String)}). */
  JsonOutput hashed(String prefix, long identifier);

  /** Writes JSON null. */
  JsonOutput nullValue();

  /** Opens a nested object. */
  JsonOutput beginObject();

  /** Closes the innermost object. */
  JsonOutput endObject();

  /** Opens an array. */
  JsonOutput beginArray();

  /** Closes the innermost array. */
  JsonOutput endArray();
}
