package dev.telemetry.runtime;

import java.time.Duration;

/** The checks the builder applies to each setting, with messages that name the setting and the fix. */
final class SettingChecks {
  private SettingChecks() {}

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the " + what + " must not be empty");
    }
    return value;
  }

  static int positive(int value, String what) {
    return (int) positive((long) value, what);
  }

  static long positive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException("the " + what + " must be positive, but it is " + value);
    }
    return value;
  }

  static Duration positive(Duration value, String what) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("the " + what + " must be a positive duration, but it is " + value);
    }
    return value;
  }

  static int inFlightRange(int value, String what) {
    if (value < 1 || value > TelemetryConfig.MAX_IN_FLIGHT_REQUESTS) {
      throw new IllegalArgumentException(
          "the " + what + " must be from 1 to " + TelemetryConfig.MAX_IN_FLIGHT_REQUESTS + ", but it is "
              + value + "; use 1 to send one request at a time, 2 (the default) to overlap encoding"
              + " and sending");
    }
    return value;
  }
}
