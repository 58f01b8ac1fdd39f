package dev.telemetry.runtime.encode;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.event.EventRejectedException;
import dev.telemetry.runtime.event.JsonOutput;
import dev.telemetry.runtime.hash.Hasher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Writes UTF-8 JSON straight into a growing byte array, refusing to grow past a limit so that one
 * huge event can never take the memory the queue bound is meant to protect. Not thread-safe: one
 * instance encodes one event.
 */
final class JsonWriter implements JsonOutput {
  private static final int MAX_DEPTH = 64;

  private final Hasher hasher;
  private final int limit;
  private byte[] buf = new byte[256];
  private int len;
  // hasValue[d] says whether the container at depth d already holds a member (so a comma is due).
  private final boolean[] hasValue = new boolean[MAX_DEPTH + 1];
  private int depth;
  private boolean afterName;
  private String lastName = "";
  private boolean emptyIdentifier;

  JsonWriter(Hasher hasher, int limit) {
    this.hasher = hasher;
    this.limit = limit;
  }

  /** Whether the last rejection came from an empty identifier (rather than another bad value). */
  boolean rejectedEmptyIdentifier() {
    return emptyIdentifier;
  }

  int depth() {
    return depth;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  @Override
  public JsonOutput name(String name) {
    if (hasValue[depth]) {
      writeByte(',');
    }
    hasValue[depth] = true;
    writeQuoted(name);
    writeByte(':');
    afterName = true;
    lastName = name;
    return this;
  }

  @Override
  public JsonOutput value(String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    writeQuoted(value);
    return this;
  }

  @Override
  public JsonOutput value(long value) {
    beforeValue();
    writeAscii(Long.toString(value));
    return this;
  }

  @Override
  public JsonOutput value(double value) {
    if (!Double.isFinite(value)) {
      throw new EventRejectedException(
          "property '" + lastName + "' is " + value + ", which JSON cannot carry");
    }
    beforeValue();
    writeAscii(formatNumber(value));
    return this;
  }

  @Override
  public JsonOutput value(boolean value) {
    beforeValue();
    writeAscii(value ? "true" : "false");
    return this;
  }

  @Override
  public JsonOutput value(Instant value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    writeQuoted(DateTimeFormatter.ISO_INSTANT.format(value));
    return this;
  }

  @Override
  public JsonOutput value(Duration value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    if (value.getNano() == 0) {
      writeAscii(Long.toString(value.getSeconds()));
    } else {
      writeAscii(
          BigDecimal.valueOf(value.getSeconds())
              .add(BigDecimal.valueOf(value.getNano(), 9))
              .stripTrailingZeros()
              .toPlainString());
    }
    return this;
  }

  @Override
  public JsonOutput hashed(String prefix, String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      emptyIdentifier = true;
      throw new EventRejectedException(
          "property '" + lastName + "' is an identifier to hash, but it is "
              + (identifier == null ? "null" : "empty"));
    }
    return value(hasher.hash(prefix, identifier));
  }

  @Override
  public JsonOutput hashed(String prefix, long identifier) {
    return value(hasher.hash(prefix, identifier));
  }

  @Override
  public JsonOutput nullValue() {
    beforeValue();
    writeAscii("null");
    return this;
  }

  @Override
  public JsonOutput beginObject() {
    beforeValue();
    open('{');
    return this;
  }

  @Override
  public JsonOutput endObject() {
    close('}');
    return this;
  }

  @Override
  public JsonOutput beginArray() {
    beforeValue();
    open('[');
    return this;
  }

  @Override
  public JsonOutput endArray() {
    close(']');
    return this;
  }

  private void open(char bracket) {
    if (depth == MAX_DEPTH) {
      throw new EventRejectedException("the event nests deeper than " + MAX_DEPTH + " levels");
    }
    writeByte(bracket);
    hasValue[++depth] = false;
  }

  private void close(char bracket) {
    if (depth == 0) {
      throw new IllegalStateException("the event writer closed more objects or arrays than it opened");
    }
    depth--;
    writeByte(bracket);
  }

  // Inside an array, values are separated by commas; after a name, the name already did that.
  private void beforeValue() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (hasValue[depth]) {
      writeByte(',');
    }
    hasValue[depth] = true;
  }

  /** Integral values print without a fraction, as JavaScript and Go print them. */
  static String formatNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  private void writeQuoted(String s) {
    writeByte('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        String escape = Hasher.escape(c);
        if (escape == null) {
          writeByte(c);
        } else {
          writeAscii(escape);
        }
      } else if (c < 0x800) {
        ensure(2);
        buf[len++] = (byte) (0xC0 | (c >> 6));
        buf[len++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          ensure(4);
          buf[len++] = (byte) (0xF0 | (cp >> 18));
          buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[len++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          writeThreeBytes('\ufffd');
        }
      } else if (c == '\u2028' || c == '\u2029') {
        writeAscii(Hasher.escape(c));
      } else {
        writeThreeBytes(c);
      }
    }
    writeByte('"');
  }

  private void writeThreeBytes(char c) {
    ensure(3);
    buf[len++] = (byte) (0xE0 | (c >> 12));
    buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
    buf[len++] = (byte) (0x80 | (c & 0x3F));
  }

  private void writeAscii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  private void writeByte(int b) {
    ensure(1);
    buf[len++] = (byte) b;
  }

  private void ensure(int extra) {
    int needed = len + extra;
    if (needed > limit) {
      throw new EventEncodingException(
          DropReason.EVENT_TOO_LARGE,
          "the event is larger than the per-event limit of " + limit + " bytes");
    }
    if (needed > buf.length) {
      buf = Arrays.copyOf(buf, Math.min(limit, Math.max(needed, buf.length * 2)));
    }
  }
}
