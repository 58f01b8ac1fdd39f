package dev.telemetry.processor.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The day of the build, in UTC, that event expiries are checked against: {@code SOURCE_DATE_EPOCH}
 * (seconds since the epoch, the reproducible-builds convention) when it is set, so that the same
 * sources give the same result on any day; otherwise the clock.
 */
public final class BuildDay {
  /** The environment variable of the reproducible-builds convention. */
  public static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

  private final LocalDate day;
  private final String source;
  private final String invalidEpoch;

  private BuildDay(LocalDate day, String source, String invalidEpoch) {
    this.day = day;
    this.source = source;
    this.invalidEpoch = invalidEpoch;
  }

  /** The build day from {@code environment} and {@code clock}. */
  public static BuildDay of(Map<String, String> environment, Clock clock) {
    String epoch = environment.get(SOURCE_DATE_EPOCH);
    if (epoch == null || epoch.isBlank()) {
      return new BuildDay(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), "by the clock", null);
    }
    try {
      Instant instant = Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
      return new BuildDay(LocalDate.ofInstant(instant, ZoneOffset.UTC), "from SOURCE_DATE_EPOCH", null);
    } catch (RuntimeException e) {
      // NumberFormatException, or DateTimeException for seconds outside Instant's range.
      return new BuildDay(null, null, epoch);
    }
  }

  /** The day, or null when SOURCE_DATE_EPOCH is set but unusable (see {@link #invalidEpoch}). */
  public LocalDate day() {
    return day;
  }

  /** Where the day comes from, for messages: {@code from SOURCE_DATE_EPOCH} or {@code by the clock}. */
  public String source() {
    return source;
  }

  /** The unusable SOURCE_DATE_EPOCH value, or null. */
  public String invalidEpoch() {
    return invalidEpoch;
  }
}
