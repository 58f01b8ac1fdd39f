package dev.telemetry.runtime.internal.encode;

/**
 * Writes a string as a quoted JSON string in UTF-8, exactly as Go's {@code json.Marshal} does
 * (see {@link Hasher#json(String)}), straight into a byte array: one implementation for the bytes
 * that are hashed and the bytes that are sent, so the two always quote alike. ASCII that needs no
 * escape, the common case, is copied in a tight loop.
 */
public final class JsonString {
  // ESCAPED[c] for c < 0x80: 0 when written as is, otherwise the length of its escape sequence.
  private static final byte[] ESCAPED = new byte[0x80];
  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  static {
    for (char c = 0; c < 0x80; c++) {
      String escape = escape(c);
      ESCAPED[c] = (byte) (escape == null ? 0 : escape.length());
    }
  }

  private JsonString() {}

  /** The number of bytes {@link #write} writes for {@code s}, quotes included. */
  public static long encodedLength(String s) {
    int n = s.length();
    long bytes = n + 2L;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        int escape = ESCAPED[c];
        if (escape != 0) {
          bytes += escape - 1;
        }
      } else if (c < 0x800) {
        bytes += 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        // Two UTF-16 units become four bytes.
        bytes += 2;
        i++;
      } else if (c == '\u2028' || c == '\u2029') {
        bytes += 5;
      } else {
        // Any other unit, an unpaired surrogate (written as U+FFFD) included, takes three bytes.
        bytes += 2;
      }
    }
    return bytes;
  }

  /**
   * Writes {@code s} quoted at {@code at}; the array must have room for {@link
   * #encodedLength(String)} bytes from there.
   *
   * @return the index after the closing quote
   */
  public static int write(String s, byte[] buf, int at) {
    int n = s.length();
    buf[at++] = '"';
    int i = 0;
    // Fast path: plain ASCII.
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || ESCAPED[c] != 0) {
        break;
      }
      buf[at++] = (byte) c;
    }
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (ESCAPED[c] == 0) {
          buf[at++] = (byte) c;
        } else {
          at = writeEscape(c, buf, at);
        }
      } else if (c < 0x800) {
        buf[at++] = (byte) (0xC0 | (c >> 6));
        buf[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buf[at++] = (byte) (0xF0 | (cp >> 18));
          buf[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          buf[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          buf[at++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          at = writeThreeBytes('\ufffd', buf, at);
        }
      } else if (c == '\u2028' || c == '\u2029') {
        at = writeEscape(c, buf, at);
      } else {
        at = writeThreeBytes(c, buf, at);
      }
    }
    buf[at++] = '"';
    return at;
  }

  private static int writeThreeBytes(char c, byte[] buf, int at) {
    buf[at] = (byte) (0xE0 | (c >> 12));
    buf[at + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
    buf[at + 2] = (byte) (0x80 | (c & 0x3F));
    return at + 3;
  }

  private static int writeEscape(char c, byte[] buf, int at) {
    buf[at++] = '\\';
    switch (c) {
      case '"':
      case '\\':
        buf[at++] = (byte) c;
        return at;
      case '\b':
        buf[at++] = 'b';
        return at;
      case '\f':
        buf[at++] = 'f';
        return at;
      case '\n':
        buf[at++] = 'n';
        return at;
      case '\r':
        buf[at++] = 'r';
        return at;
      case '\t':
        buf[at++] = 't';
        return at;
      default:
        buf[at++] = 'u';
        buf[at++] = HEX[(c >> 12) & 0xF];
        buf[at++] = HEX[(c >> 8) & 0xF];
        buf[at++] = HEX[(c >> 4) & 0xF];
        buf[at++] = HEX[c & 0xF];
        return at;
    }
  }

  /**
   * The JSON encoding of a string exactly as Go's {@code json.Marshal} writes it (which is what
   * analytics-go hashes): quotes; {@code \"}, {@code \\}, {@code \b}, {@code \f}, {@code \n},
   * {@code \r}, {@code \t}; other control characters and {@code <}, {@code >}, {@code &}, U+2028,
   * U+2029 as six-character unicode escapes; an unpaired surrogate as U+FFFD.
   */
  public static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2);
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String escape = escape(c);
      if (escape != null) {
        out.append(escape);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          out.append(c).append(value.charAt(++i));
        } else {
          out.append('\ufffd');
        }
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * The escape sequence Go's encoder writes for one UTF-16 unit, or null when the unit is written
   * as it is. Shared with the wire encoder so that hashes and payloads quote alike.
   */
  public static String escape(char c) {
    switch (c) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '<':
      case '>':
      case '&':
      case '\u2028':
      case '\u2029':
        return unicodeEscape(c);
      default:
        return c < 0x20 ? unicodeEscape(c) : null;
    }
  }

  private static String unicodeEscape(char c) {
    return "\\u" + (char) HEX[(c >> 12) & 0xF] + (char) HEX[(c >> 8) & 0xF] + (char) HEX[(c >> 4) & 0xF]
        + (char) HEX[c & 0xF];
  }
}
