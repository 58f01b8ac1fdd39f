package dev.telemetry.runtime.internal.encode;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.event.EventRejectedException;
import dev.telemetry.runtime.event.JsonOutput;
import dev.telemetry.runtime.hash.Hasher;
import dev.telemetry.runtime.internal.encode.JsonString;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes UTF-8 JSON straight into a growing byte array, refusing to grow past a limit so that one
 * huge event can never take the memory the queue bound is meant to protect. Not thread-safe: one
 * instance encodes one event at a time; {@link EventEncoder} keeps one per thread and {@link
 * #reset}s it for the next event, so the buffer is allocated once rather than grown per event.
 */
final class JsonWriter implements JsonOutput {
  private static final int MAX_DEPTH = 64;
  private static final int INITIAL_CAPACITY = 1024;
  // A buffer that grew past this for one large event is not kept for the next.
  private static final int MAX_RETAINED_CAPACITY = 16 * 1024;
  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  private boolean inUse;
  private Hasher hasher;
  private int limit;
  private byte[] buf = new byte[INITIAL_CAPACITY];
  private int len;
  // hasValue[d] says whether the container at depth d already holds a member (so a comma is due).
  private final boolean[] hasValue = new boolean[MAX_DEPTH + 1];
  // inArray[d] says whether the container at depth d is an array (depth 0, the top, is neither).
  // Tracked so that a hand-written writer's misuse (a name in an array, a value without a name in
  // an object, a bracket closing the wrong container) rejects its event instead of sending
  // invalid JSON that would make the collector refuse the whole batch.
  private final boolean[] inArray = new boolean[MAX_DEPTH + 1];
  private int depth;
  private boolean afterName;
  private String lastName = "";
  private boolean emptyIdentifier;
  // Where the hashed distinct ID is in the buffer: writers often send it again as a property.
  private String knownPrefix;
  private String knownIdentifier;
  private int knownAt;
  private int knownLength;
  // Scratch for the characters of a double, kept with the writer so that writing one allocates nothing.
  private final StringBuilder digits = new StringBuilder(32);

  JsonWriter(Hasher hasher, int limit) {
    reset(hasher, limit);
  }

  /** Makes this writer empty, for a new event hashed with {@code hasher}, of at most {@code limit} bytes. */
  void reset(Hasher hasher, int limit) {
    inUse = true;
    this.hasher = hasher;
    this.limit = limit;
    if (buf.length > MAX_RETAINED_CAPACITY) {
      buf = new byte[INITIAL_CAPACITY];
    }
    len = 0;
    hasValue[0] = false;
    inArray[0] = false;
    depth = 0;
    afterName = false;
    lastName = "";
    emptyIdentifier = false;
    knownPrefix = null;
    knownIdentifier = null;
  }

  /**
   * Forgets the event just written but keeps the buffer, free for the next event: no raw
   * identifier or hasher stays reachable from an idle thread's writer.
   */
  void release() {
    inUse = false;
    hasher = null;
    knownPrefix = null;
    knownIdentifier = null;
    lastName = "";
  }

  /**
   * Writes the event's distinct ID hashed, as {@link #hashed(String, String)} does, and remembers
   * it, so that a property with the same identifier and prefix is copied rather than hashed again.
   * The identifier must not be empty.
   */
  JsonWriter hashedDistinctId(String prefix, String identifier) {
    beforeValue();
    int start = len;
    writeHash(prefix, identifier);
    knownPrefix = prefix;
    knownIdentifier = identifier;
    knownAt = start;
    knownLength = len - start;
    return this;
  }

  /** Whether an event is being written: between {@link #reset} (or construction) and {@link #release}. */
  boolean inUse() {
    return inUse;
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

  /** Where a {@link Fragment} starts: this writer's length and state at that point. */
  Position position() {
    if (afterName) {
      throw new IllegalStateException("a fragment cannot start between a name and its value");
    }
    return new Position(len, depth, hasValue[depth]);
  }

  /**
   * What this writer wrote since {@code start}, and the state it left, so that another writer in
   * the state of {@code start} can {@link #write(Fragment) write} it again as one copy.
   */
  Fragment fragmentSince(Position start) {
    if (afterName || depth < start.depth()) {
      throw new IllegalStateException("a fragment must end after a value, inside where it started");
    }
    return new Fragment(
        Arrays.copyOfRange(buf, start.at(), len),
        start.depth(),
        start.hasValue(),
        Arrays.copyOfRange(hasValue, start.depth(), depth + 1),
        Arrays.copyOfRange(inArray, start.depth(), depth + 1),
        lastName);
  }

  /** Writes a fragment as the writer that recorded it did, which must be in this writer's state. */
  void write(Fragment fragment) {
    if (afterName || depth != fragment.startDepth() || hasValue[depth] != fragment.startHasValue()) {
      throw new IllegalStateException("a fragment is written only in the state where it was recorded");
    }
    byte[] bytes = fragment.bytes();
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
    boolean[] levels = fragment.hasValueAfter();
    System.arraycopy(levels, 0, hasValue, depth, levels.length);
    System.arraycopy(fragment.inArrayAfter(), 0, inArray, depth, levels.length);
    depth += levels.length - 1;
    lastName = fragment.lastName();
  }

  /** A writer's length, depth and whether its innermost container holds a member yet. */
  record Position(int at, int depth, boolean hasValue) {}

  /**
   * Bytes written from a {@link Position} on, with the state they leave: {@code hasValueAfter}
   * holds, for each depth from the start's to the end's, whether that container holds a member,
   * and {@code inArrayAfter} whether it is an array. Immutable by convention: its arrays are never
   * written after it is made.
   */
  record Fragment(
      byte[] bytes,
      int startDepth,
      boolean startHasValue,
      boolean[] hasValueAfter,
      boolean[] inArrayAfter,
      String lastName) {}

  @Override
  public JsonWriter name(String name) {
    if (afterName) {
      throw new EventRejectedException("its writer wrote the name \"" + name + "\" where the value of \""
          + lastName + "\" was due");
    }
    if (depth == 0 || inArray[depth]) {
      throw new EventRejectedException("its writer wrote the name \"" + name + "\" outside an object");
    }
    if (hasValue[depth]) {
      writeByte(',');
    }
    hasValue[depth] = true;
    writeKept(name);
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
    writeLong(value);
    return this;
  }

  @Override
  public JsonOutput value(double value) {
    if (!Double.isFinite(value)) {
      throw new EventRejectedException(
          "property '" + lastName + "' is " + value + ", which JSON cannot carry");
    }
    beforeValue();
    writeNumber(value);
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
    return instant(value.getEpochSecond(), value.getNano());
  }

  /** Writes an instant given as its parts, as {@link #value(Instant)} writes it. */
  JsonWriter instant(long epochSecond, int nano) {
    beforeValue();
    if (!Rfc3339.fits(epochSecond)) {
      writeQuoted(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(epochSecond, nano)));
      return this;
    }
    ensure(Rfc3339.length(nano) + 2);
    buf[len++] = '"';
    len = Rfc3339.write(epochSecond, nano, buf, len);
    buf[len++] = '"';
    return this;
  }

  /**
   * Writes a UUID given as its two halves as a string, in the form of {@link UUID#toString()}.
   */
  JsonWriter uuid(long high, long low) {
    beforeValue();
    ensure(38);
    buf[len++] = '"';
    hex(high >>> 32, 8);
    buf[len++] = '-';
    hex(high >>> 16, 4);
    buf[len++] = '-';
    hex(high, 4);
    buf[len++] = '-';
    hex(low >>> 48, 4);
    buf[len++] = '-';
    hex(low, 12);
    buf[len++] = '"';
    return this;
  }

  // The low `digits` hex digits of `bits`, most significant first.
  private void hex(long bits, int digits) {
    for (int i = len + digits - 1; i >= len; i--) {
      buf[i] = HEX[(int) bits & 0xF];
      bits >>>= 4;
    }
    len += digits;
  }

  @Override
  public JsonOutput value(Duration value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    if (value.getNano() == 0) {
      writeLong(value.getSeconds());
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
    beforeValue();
    if (knownPrefix != null && identifier.equals(knownIdentifier) && prefix.equals(knownPrefix)) {
      ensure(knownLength);
      System.arraycopy(buf, knownAt, buf, len, knownLength);
      len += knownLength;
    } else {
      writeHash(prefix, identifier);
    }
    return this;
  }

  @Override
  public JsonOutput hashed(String prefix, long identifier) {
    beforeValue();
    if (startHash(prefix)) {
      len = hasher.writeDigest(identifier, buf, len);
      buf[len++] = '"';
    } else {
      writeQuoted(hasher.hash(prefix, identifier));
    }
    return this;
  }

  private void writeHash(String prefix, String identifier) {
    if (startHash(prefix)) {
      len = hasher.writeDigest(identifier, buf, len);
      buf[len++] = '"';
    } else {
      writeQuoted(hasher.hash(prefix, identifier));
    }
  }

  /**
   * Makes room for the whole quoted hash and writes it up to the digest: the quote, the prefix as
   * {@link QuotedNames} keeps it (so JSON-escaped), and {@code _}. False, having written nothing,
   * when the prefix is not kept.
   */
  private boolean startHash(String prefix) {
    byte[] quotedPrefix = QuotedNames.of(prefix);
    if (quotedPrefix == null) {
      return false;
    }
    ensure(quotedPrefix.length + 1 + Hasher.DIGEST_CHARS);
    System.arraycopy(quotedPrefix, 0, buf, len, quotedPrefix.length - 1);
    len += quotedPrefix.length - 1;
    buf[len++] = '_';
    return true;
  }

  @Override
  public JsonOutput nullValue() {
    beforeValue();
    writeAscii("null");
    return this;
  }

  @Override
  public JsonWriter beginObject() {
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
  public JsonWriter beginArray() {
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
    inArray[depth] = bracket == '[';
  }

  private void close(char bracket) {
    if (depth == 0) {
      throw new EventRejectedException("its writer closed more objects or arrays than it opened");
    }
    if (afterName) {
      throw new EventRejectedException("its writer wrote no value for \"" + lastName + "\"");
    }
    if (inArray[depth] != (bracket == ']')) {
      throw new EventRejectedException(
          "its writer closed an " + (inArray[depth] ? "array" : "object") + " with '" + bracket + "'");
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
    if (!inArray[depth] && (depth > 0 || hasValue[0])) {
      throw new EventRejectedException(
          "its writer wrote a value without a name" + (lastName.isEmpty() ? "" : " after \"" + lastName + "\""));
    }
    if (hasValue[depth]) {
      writeByte(',');
    }
    hasValue[depth] = true;
  }

  /**
   * Writes a finite double: integral values below 10^15 without a fraction, as JavaScript and Go
   * print them, others as {@link Double#toString(double)} does; without making a string.
   */
  private void writeNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      writeLong((long) value);
      return;
    }
    // StringBuilder.append(double) appends the characters of Double.toString(value).
    digits.setLength(0);
    digits.append(value);
    int size = digits.length();
    ensure(size);
    for (int i = 0; i < size; i++) {
      buf[len++] = (byte) digits.charAt(i);
    }
  }

  /** Writes the decimal digits of {@code value}, as {@link Long#toString(long)} does. */
  private void writeLong(long value) {
    if (value == Long.MIN_VALUE) {
      // Its magnitude does not fit a long.
      writeAscii(Long.toString(value));
      return;
    }
    long magnitude = Math.abs(value);
    int digitCount = 1;
    for (long rest = magnitude / 10; rest != 0; rest /= 10) {
      digitCount++;
    }
    int size = value < 0 ? digitCount + 1 : digitCount;
    ensure(size);
    if (value < 0) {
      buf[len] = '-';
    }
    len += size;
    for (int i = len - 1; i >= len - digitCount; i--) {
      buf[i] = (byte) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  }

  /**
   * Writes a string that is likely the same object on every event, such as a configured library
   * name, through {@link QuotedNames}; null writes JSON null.
   */
  JsonWriter constant(String value) {
    if (value == null) {
      nullValue();
      return this;
    }
    beforeValue();
    writeKept(value);
    return this;
  }

  private void writeKept(String s) {
    byte[] quoted = QuotedNames.of(s);
    if (quoted == null) {
      writeQuoted(s);
      return;
    }
    ensure(quoted.length);
    System.arraycopy(quoted, 0, buf, len, quoted.length);
    len += quoted.length;
  }

  private void writeQuoted(String s) {
    // Each UTF-16 unit takes at most six bytes (a unicode escape); when that much room is there,
    // the string is written in one pass, otherwise its exact size is checked against the limit.
    long worstCase = 6L * s.length() + 2;
    if (len + worstCase > buf.length || len + worstCase > limit) {
      ensure(JsonString.encodedLength(s));
    }
    len = JsonString.write(s, buf, len);
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

  private void ensure(long extra) {
    long needed = len + extra;
    if (needed > limit) {
      throw new EventEncodingException(
          DropReason.EVENT_TOO_LARGE,
          "the event is larger than the per-event limit of " + limit + " bytes");
    }
    if (needed > buf.length) {
      buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(needed, buf.length * 2L)));
    }
  }
}
