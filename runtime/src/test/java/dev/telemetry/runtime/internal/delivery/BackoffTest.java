package dev.telemetry.runtime.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void ceilingDoublesPerAttemptUpToTheCap() {
    Backoff top = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 1.0);
    assertEquals(100_000_000L, top.delayNanos(0));
    assertEquals(200_000_000L, top.delayNanos(1));
    assertEquals(800_000_000L, top.delayNanos(3));
    assertEquals(1_000_000_000L, top.delayNanos(4));
    assertEquals(1_000_000_000L, top.delayNanos(500));
  }

  @Test
  void fullJitterScalesTheWholeCeiling() {
    Backoff half = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.5);
    Backoff none = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.0);
    assertEquals(100_000_000L, half.delayNanos(1));
    assertEquals(0L, none.delayNanos(3));
  }
}
