package dev.telemetry.runtime.internal.encode;

import dev.telemetry.runtime.internal.encode.JsonString;

/**
 * The quoted UTF-8 bytes of property names and other strings that are the same object on every
 * event (constants in generated writers, the configured library name), kept by identity so that
 * writing one is a copy rather than a per-character encoding. Bounded: a slot is filled once and
 * never replaced, so names built afresh per event cannot churn it or grow it; they are simply
 * encoded as any other string. Thread-safe: entries are immutable, and a race to fill a slot
 * only means that one of the racers' entries is kept.
 */
final class QuotedNames {
  private static final int SLOTS = 1024;
  private static final int MAX_LENGTH = 64;
  private static final Entry[] ENTRIES = new Entry[SLOTS];

  private QuotedNames() {}

  /** The quoted bytes of {@code s}, or null when it is not kept (then the caller encodes it). */
  static byte[] of(String s) {
    if (s.length() > MAX_LENGTH) {
      return null;
    }
    int slot = System.identityHashCode(s) & (SLOTS - 1);
    Entry entry = ENTRIES[slot];
    if (entry != null) {
      return entry.key == s ? entry.quoted : null;
    }
    byte[] quoted = new byte[(int) JsonString.encodedLength(s)];
    JsonString.write(s, quoted, 0);
    ENTRIES[slot] = new Entry(s, quoted);
    return quoted;
  }

  /** One kept string; final fields, so a thread that sees the entry sees both. */
  private static final class Entry {
    final String key;
    final byte[] quoted;

    Entry(String key, byte[] quoted) {
      this.key = key;
      this.quoted = quoted;
    }
  }
}
