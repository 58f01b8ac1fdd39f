package dev.telemetry.runtime.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it goes on the wire: the UTF-8 bytes of its JSON object, encoded once (at {@code
 * track}, or on the delivery thread for an immutable event); batches are concatenations of these,
 * and retries send the same bytes. Immutable.
 */
public final class EncodedEvent {
  private final String name;
  // The uuid as its two halves: the encoder takes them apart to write them, and an event that is
  // only queued and sent never needs the object.
  private final long uuidHigh;
  private final long uuidLow;
  private final byte[] json;

  private EncodedEvent(String name, long uuidHigh, long uuidLow, byte[] json) {
    this.name = Objects.requireNonNull(name, "name");
    this.uuidHigh = uuidHigh;
    this.uuidLow = uuidLow;
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * An event from its parts, for a sink's own tests or to send again what was recorded: the bytes
   * (copied) must be the event's whole JSON object, for they are sent as they are.
   */
  public static EncodedEvent of(String name, UUID uuid, byte[] json) {
    return of(name, uuid.getMostSignificantBits(), uuid.getLeastSignificantBits(), json);
  }

  /** As {@link #of(String, UUID, byte[])}, with the uuid as its two halves. */
  public static EncodedEvent of(String name, long uuidHigh, long uuidLow, byte[] json) {
    return new EncodedEvent(name, uuidHigh, uuidLow, json.clone());
  }

  /** The catalogue event name, such as {@code cf:request.created}. */
  public String name() {
    return name;
  }

  /** The event's {@code uuid}, the same on every retry. */
  public UUID uuid() {
    return new UUID(uuidHigh, uuidLow);
  }

  /** The size of the encoded JSON object in bytes. */
  public int size() {
    return json.length;
  }

  /** A copy of the encoded JSON object. */
  public byte[] bytes() {
    return json.clone();
  }

  /** The encoded JSON object as text. */
  public String json() {
    return new String(json, StandardCharsets.UTF_8);
  }

  /** Writes the encoded JSON object without copying it. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(json);
  }

  /** Copies the bytes into {@code target} at {@code offset}; returns the offset after them. */
  public int copyInto(byte[] target, int offset) {
    System.arraycopy(json, 0, target, offset, json.length);
    return offset + json.length;
  }

  @Override
  public String toString() {
    return json();
  }
}
