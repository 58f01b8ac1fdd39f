package dev.telemetry.samples.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * When and for how long access is wanted. The {@code cf:request.reviewed} event sends it as the
 * catalogue's {@code timing} type: {@code mode} and {@code duration_seconds}.
 *
 * @param mode whether access starts at once or later
 * @param durationSeconds the length of the access window, in seconds
 */
public record Timing(TimingMode mode, double durationSeconds) {

  /** Checks the values. */
  public Timing {
    Objects.requireNonNull(mode, "mode");
    if (!(durationSeconds >= 0)) {
      throw new IllegalArgumentException("the duration must be zero or more seconds, but it is " + durationSeconds);
    }
  }

  /** Access starting at once, for {@code duration}. */
  public static Timing asap(Duration duration) {
    return new Timing(TimingMode.ASAP, duration.toSeconds());
  }

  /** Access starting later, for {@code duration}. */
  public static Timing scheduled(Duration duration) {
    return new Timing(TimingMode.SCHEDULED, duration.toSeconds());
  }
}
