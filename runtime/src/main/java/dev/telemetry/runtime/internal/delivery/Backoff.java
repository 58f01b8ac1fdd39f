package dev.telemetry.runtime.internal.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: the wait before retry {@code n} (from 0) is uniform in
 * {@code [0, min(max, initial * 2^n))}, which spreads out clients that failed together.
 */
public final class Backoff {
  private final long initialNanos;
  private final long maxNanos;
  private final DoubleSupplier random;

  /**
   * Backoff with the given first and largest ceiling, jittered by {@code random} in [0, 1), or by
   * {@link ThreadLocalRandom} when it is null.
   */
  public Backoff(Duration initial, Duration max, DoubleSupplier random) {
    this.initialNanos = initial.toNanos();
    this.maxNanos = max.toNanos();
    this.random = random;
  }

  /** Backoff jittered by {@link ThreadLocalRandom}. */
  public Backoff(Duration initial, Duration max) {
    this(initial, max, null);
  }

  /** The wait before retry {@code attempt} (0 for the first retry), in nanoseconds. */
  public long delayNanos(int attempt) {
    long ceiling = initialNanos;
    for (int i = 0; i < attempt && ceiling < maxNanos; i++) {
      ceiling *= 2;
    }
    double jitter = random != null ? random.getAsDouble() : ThreadLocalRandom.current().nextDouble();
    return (long) (jitter * Math.min(ceiling, maxNanos));
  }

  /** The first ceiling, in nanoseconds. */
  public long initialNanos() {
    return initialNanos;
  }
}
