package dev.telemetry.benchmarks.collector;

/**
 * How the collector answers batch requests. The choice depends only on the request's number, so
 * every client meets the same sequence of failures.
 *
 * @param unavailablePercent the share of requests answered 503
 * @param tooManyPercent the share of requests answered 429 with {@code Retry-After: 1}
 */
public record Faults(int unavailablePercent, int tooManyPercent) {
  /** Every request accepted. */
  public static final Faults NONE = new Faults(0, 0);
  /** The fault run of the issue: 20% answered 503, and 5% answered 429 with Retry-After: 1. */
  public static final Faults STANDARD = new Faults(20, 5);

  /** Checks that the shares add up to at most 100%. */
  public Faults {
    if (unavailablePercent < 0 || tooManyPercent < 0 || unavailablePercent + tooManyPercent > 100) {
      throw new IllegalArgumentException("fault shares must be between 0 and 100% in total");
    }
  }

  /** The HTTP status for request number {@code number} (200, 503 or 429). */
  public int statusFor(long number) {
    int roll = (int) Long.remainderUnsigned(mix(number), 100);
    if (roll < unavailablePercent) {
      return 503;
    }
    return roll < unavailablePercent + tooManyPercent ? 429 : 200;
  }

  // SplitMix64's finaliser: consecutive request numbers give well spread, repeatable rolls.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
