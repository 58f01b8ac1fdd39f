package dev.telemetry.runtime.hash;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an identifier into the pseudonym that is sent instead of it: {@code prefix + "_" +
 * base64url(digest(json(value)))} without padding, where {@code json(value)} is the value's JSON
 * encoding (a string with its quotes, as Go's {@code json.Marshal} writes it). With SHA-256 this is
 * exactly what analytics-go sends, so {@code usr_123} becomes {@code
 * usr_-CHh8_rdIqAotcBsP64GKQkfzW2hb1JDJ_6u7q4zom4}; HMAC-SHA256 keys the digest with a
 * per-deployment secret so that nobody without the secret can test a guess.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Hasher {
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String algorithm;
  private final MessageDigest digestPrototype;
  private final Mac macPrototype;

  private Hasher(String algorithm, MessageDigest digest, Mac mac) {
    this.algorithm = algorithm;
    this.digestPrototype = digest;
    this.macPrototype = mac;
  }

  /** Plain SHA-256, compatible with analytics-go; the default. */
  public static Hasher sha256() {
    try {
      return new Hasher("sha256", MessageDigest.getInstance("SHA-256"), null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no SHA-256, which every Java runtime must have", e);
    }
  }

  /**
   * HMAC-SHA256 keyed with a per-deployment secret.
   *
   * @param secret the key, at least 16 bytes; it is copied, and never printed
   */
  public static Hasher hmacSha256(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < 16) {
      throw new IllegalArgumentException(
          "the hmac-sha256 secret has " + secret.length
              + " bytes; use at least 16 random bytes per deployment");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.clone(), "HmacSHA256"));
      return new Hasher("hmac-sha256", null, mac);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no HmacSHA256, which every Java runtime must have", e);
    }
  }

  /** The catalogue name of this hashing: {@code sha256} or {@code hmac-sha256}. */
  public String algorithm() {
    return algorithm;
  }

  /**
   * Hashes a string identifier.
   *
   * @throws IllegalArgumentException when the identifier is null or empty: such an event must be
   *     dropped, not sent with a hash of nothing
   */
  public String hash(String prefix, String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      throw new IllegalArgumentException("the identifier is " + (identifier == null ? "null" : "empty"));
    }
    return hashJson(prefix, json(identifier));
  }

  /** Hashes a numeric identifier; its JSON encoding is its decimal digits. */
  public String hash(String prefix, long identifier) {
    return hashJson(prefix, Long.toString(identifier));
  }

  private String hashJson(String prefix, String json) {
    Objects.requireNonNull(prefix, "prefix");
    byte[] input = json.getBytes(StandardCharsets.UTF_8);
    return prefix + "_" + BASE64URL.encodeToString(digest(input));
  }

  private byte[] digest(byte[] input) {
    if (macPrototype != null) {
      return newMac().doFinal(input);
    }
    return newDigest().digest(input);
  }

  // Clones of an initialised prototype avoid a provider lookup (and for HMAC a key setup) per call.
  private MessageDigest newDigest() {
    try {
      return (MessageDigest) digestPrototype.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance(digestPrototype.getAlgorithm());
      } catch (GeneralSecurityException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  private Mac newMac() {
    try {
      return (Mac) macPrototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the HmacSHA256 provider of this JVM cannot be cloned", e);
    }
  }

  /**
   * The JSON encoding of a string exactly as Go's {@code json.Marshal} writes it (which is what
   * analytics-go hashes): quotes; {@code \"}, {@code \\}, {@code \b}, {@code \f}, {@code \n},
   * {@code \r}, {@code \t}; other control characters and {@code <}, {@code >}, {@code &}, U+2028,
   * U+2029 as six-character unicode escapes; an unpaired surrogate as U+FFFD.
   */
  public static String json(String value) {
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
    return "\\u" + HEX[(c >> 12) & 0xF] + HEX[(c >> 8) & 0xF] + HEX[(c >> 4) & 0xF] + HEX[c & 0xF];
  }

  /** Names the algorithm only: the secret is never printed. */
  @Override
  public String toString() {
    return "Hasher[" + algorithm + "]";
  }
}
