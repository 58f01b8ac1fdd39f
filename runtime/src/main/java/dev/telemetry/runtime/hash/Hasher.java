package dev.telemetry.runtime.hash;

import dev.telemetry.runtime.internal.encode.JsonString;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
  private static final byte[] BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final int DIGEST_BYTES = 32;

  /** The number of characters after {@code prefix_} in every hash: 32 bytes in unpadded base64url. */
  public static final int DIGEST_CHARS = 43;

  private final String algorithm;
  private final Mac macPrototype;
  // Per thread: a digest or MAC cloned once from the prototype, and scratch arrays, so that hashing
  // allocates only its result.
  // (A class, not a lambda: each lambda's first use spins a class at run time, which a
  // short-lived program pays for.)
  private final ThreadLocal<Scratch> scratch =
      new ThreadLocal<>() {
        @Override
        protected Scratch initialValue() {
          return newScratch();
        }
      };

  private Hasher(String algorithm, Mac mac) {
    this.algorithm = algorithm;
    this.macPrototype = mac;
  }

  /** Plain SHA-256, compatible with analytics-go; the default. */
  public static Hasher sha256() {
    // Each thread gets its digest at its first hash, not at configuration time.
    return new Hasher("sha256", null);
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
      return new Hasher("hmac-sha256", mac);
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
    Objects.requireNonNull(prefix, "prefix");
    return hashed(prefix, digest(identifier));
  }

  /**
   * Writes the {@link #DIGEST_CHARS} characters that follow {@code prefix_} in {@link
   * #hash(String, String)} as ASCII bytes, for encoders that write straight into a buffer.
   *
   * @return the index after the last character
   * @throws IllegalArgumentException when the identifier is null or empty
   */
  public int writeDigest(String identifier, byte[] out, int at) {
    if (identifier == null || identifier.isEmpty()) {
      throw new IllegalArgumentException("the identifier is " + (identifier == null ? "null" : "empty"));
    }
    base64(digest(identifier), out, at);
    return at + DIGEST_CHARS;
  }

  /**
   * Writes the {@link #DIGEST_CHARS} characters that follow {@code prefix_} in {@link
   * #hash(String, long)} as ASCII bytes (see {@link #writeDigest(String, byte[], int)}).
   *
   * @return the index after the last character
   */
  public int writeDigest(long identifier, byte[] out, int at) {
    base64(digest(identifier), out, at);
    return at + DIGEST_CHARS;
  }

  // The digest of the identifier's Go JSON, in this thread's scratch array.
  private byte[] digest(String identifier) {
    Scratch s = scratch.get();
    byte[] input = s.inputFor(identifier);
    return s.digest(input, JsonString.write(identifier, input, 0));
  }

  private byte[] digest(long identifier) {
    byte[] digits = Long.toString(identifier).getBytes(StandardCharsets.US_ASCII);
    return scratch.get().digest(digits, digits.length);
  }

  /** Hashes a numeric identifier; its JSON encoding is its decimal digits. */
  public String hash(String prefix, long identifier) {
    Objects.requireNonNull(prefix, "prefix");
    return hashed(prefix, digest(identifier));
  }

  private static String hashed(String prefix, byte[] digest) {
    int prefixLength = prefix.length();
    byte[] out = new byte[prefixLength + 1 + DIGEST_CHARS];
    base64(digest, out, prefixLength + 1);
    out[prefixLength] = '_';
    for (int i = 0; i < prefixLength; i++) {
      char c = prefix.charAt(i);
      if (c > 0xFF) {
        // Not Latin-1 (catalogue prefixes are ASCII, so this is rare): let String join them.
        return prefix + new String(out, prefixLength, 1 + DIGEST_CHARS, StandardCharsets.ISO_8859_1);
      }
      out[i] = (byte) c;
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  // Base64url without padding of a 32-byte digest.
  private static void base64(byte[] digest, byte[] out, int at) {
    int i = 0;
    for (; i + 3 <= DIGEST_BYTES; i += 3) {
      int bits = (digest[i] & 0xFF) << 16 | (digest[i + 1] & 0xFF) << 8 | (digest[i + 2] & 0xFF);
      out[at++] = BASE64URL[bits >>> 18];
      out[at++] = BASE64URL[(bits >>> 12) & 0x3F];
      out[at++] = BASE64URL[(bits >>> 6) & 0x3F];
      out[at++] = BASE64URL[bits & 0x3F];
    }
    // 32 = 30 + 2: the last two bytes make three characters.
    int bits = (digest[i] & 0xFF) << 10 | (digest[i + 1] & 0xFF) << 2;
    out[at++] = BASE64URL[bits >>> 12];
    out[at++] = BASE64URL[(bits >>> 6) & 0x3F];
    out[at] = BASE64URL[bits & 0x3F];
  }

  private Scratch newScratch() {
    if (macPrototype != null) {
      try {
        return new Scratch(null, (Mac) macPrototype.clone());
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("the HmacSHA256 provider of this JVM cannot be cloned", e);
      }
    }
    try {
      return new Scratch(MessageDigest.getInstance("SHA-256"), null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no SHA-256, which every Java runtime must have", e);
    }
  }

  /** One thread's digest or MAC, its output array and an input array that grows as needed. */
  private static final class Scratch {
    private final MessageDigest messageDigest;
    private final Mac mac;
    private final byte[] digest = new byte[DIGEST_BYTES];
    // Room for the JSON of any identifier up to 42 UTF-16 units without counting its size first.
    private byte[] input = new byte[256];

    Scratch(MessageDigest messageDigest, Mac mac) {
      this.messageDigest = messageDigest;
      this.mac = mac;
    }

    /**
     * An array with room for the JSON of {@code identifier}. Each UTF-16 unit takes at most six
     * bytes; only when that many may not fit is the exact size counted.
     */
    byte[] inputFor(String identifier) {
      if (6L * identifier.length() + 2 > input.length) {
        int size = Math.toIntExact(JsonString.encodedLength(identifier));
        if (input.length < size) {
          input = new byte[Math.max(size, input.length * 2)];
        }
      }
      return input;
    }

    byte[] digest(byte[] bytes, int length) {
      try {
        if (mac != null) {
          mac.update(bytes, 0, length);
          mac.doFinal(digest, 0);
        } else {
          messageDigest.update(bytes, 0, length);
          messageDigest.digest(digest, 0, DIGEST_BYTES);
        }
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the " + (mac != null ? "HMAC" : "digest") + " failed", e);
      }
      return digest;
    }
  }

  /** Names the algorithm only: the secret is never printed. */
  @Override
  public String toString() {
    return "Hasher[" + algorithm + "]";
  }
}
