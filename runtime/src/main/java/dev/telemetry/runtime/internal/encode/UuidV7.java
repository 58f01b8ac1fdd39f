package dev.telemetry.runtime.internal.encode;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then 74 random bits. PostHog uses the
 * event {@code uuid} to de-duplicate, so one is minted per event at {@code track} and kept across
 * retries; the time prefix keeps them roughly sorted.
 */
public final class UuidV7 {
  private static final SecureRandom SEEDS = new SecureRandom();
  // One generator per thread, seeded once from the secure source: no contention, no I/O per call.
  private static final ThreadLocal<SplittableRandom> RANDOM =
      new ThreadLocal<>() {
        @Override
        protected SplittableRandom initialValue() {
          return new SplittableRandom(nextSeed());
        }
      };

  private UuidV7() {}

  /** A supplier of version 7 UUIDs whose time part comes from {@code clock}. */
  public static Supplier<UUID> generator(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    // (A class, not a lambda: each lambda's first use spins a class at run time, which a
    // short-lived program pays for.)
    return new Supplier<>() {
      @Override
      public UUID get() {
        return of(clock.millis());
      }
    };
  }

  /** A new random version 7 UUID for the given Unix time in milliseconds. */
  public static UUID of(long unixMillis) {
    return new UUID(mostSignificantBits(unixMillis), leastSignificantBits());
  }

  /**
   * The high half of a new version 7 UUID: the time, the version and 12 random bits; with {@link
   * #leastSignificantBits()}, a UUID kept as two numbers, without the object.
   */
  public static long mostSignificantBits(long unixMillis) {
    return (unixMillis << 16) | 0x7000L | (RANDOM.get().nextLong() & 0x0FFFL);
  }

  /** The low half of a new version 7 UUID: the variant and 62 random bits. */
  public static long leastSignificantBits() {
    return (RANDOM.get().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
  }

  private static synchronized long nextSeed() {
    return SEEDS.nextLong();
  }
}
