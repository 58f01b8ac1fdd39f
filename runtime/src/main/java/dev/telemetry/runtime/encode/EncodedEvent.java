package dev.telemetry.runtime.encode;

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

  EncodedEvent(String name, long uuidHigh, long uuidLow, byte[] json) {
    this.name = Objects.requireNonNull(name, "name");
    this.uuidHigh = uuidHigh;
    this.uuidLow = uuidLow;
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * An event as it was encoded earlier, read back from the spool: the same bytes, name and uuid.
   * Not for general use: the bytes are sent as they are.
   */
  public static EncodedEvent restored(String name, long uuidHigh, long uuidLow, byte[] json) {
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

  int copyInto(byte[] target, int offset) {
    System.arraycopy(json, 0, target, offset, json.length);
    return offset + json.length;
  }

  @Override
  public String toString() {
    return json();
  }
}
