package dev.telemetry.runtime.internal.encode;

/**
 * Writes an instant as ASCII digits in the exact form of {@code DateTimeFormatter.ISO_INSTANT}
 * (RFC 3339 in UTC, such as {@code 2009-11-10T23:00:00Z}, with a fraction of 3, 6 or 9 digits only
 * when it has one), without the formatter's objects and strings. Years 0 to 9999 only: callers
 * format other instants, which ISO_INSTANT writes with a sign or more digits, with the formatter.
 */
final class Rfc3339 {
  /** 0000-01-01T00:00:00Z. */
  static final long MIN_SECOND = -62_167_219_200L;
  /** 9999-12-31T23:59:59Z. */
  static final long MAX_SECOND = 253_402_300_799L;

  private static final int SECONDS_PER_DAY = 86_400;
  // Days from 0000-03-01 to 1970-01-01: the calendar below starts its years in March.
  private static final long DAYS_0000_03_01_TO_EPOCH = 719_468;
  private static final int DAYS_PER_400_YEARS = 146_097;

  private Rfc3339() {}

  /** Whether {@link #write} can write the instant of this second. */
  static boolean fits(long epochSecond) {
    return epochSecond >= MIN_SECOND && epochSecond <= MAX_SECOND;
  }

  /** The number of characters {@link #write} writes for an instant with these nanoseconds. */
  static int length(int nano) {
    return 20 + fractionDigits(nano) + (nano == 0 ? 0 : 1);
  }

  /**
   * Writes the instant at {@code at}; the second must {@link #fits fit} and the array have room
   * for {@link #length} bytes.
   *
   * @return the index after the {@code Z}
   */
  static int write(long epochSecond, int nano, byte[] buf, int at) {
    long days = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secondOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY);
    // Civil date from a day count, with years that start in March so that leap days come last.
    long shifted = days + DAYS_0000_03_01_TO_EPOCH;
    long era = Math.floorDiv(shifted, DAYS_PER_400_YEARS);
    int dayOfEra = (int) (shifted - era * DAYS_PER_400_YEARS);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int marchMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * marchMonth + 2) / 5 + 1;
    int month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
    int year = (int) (era * 400 + yearOfEra) + (month <= 2 ? 1 : 0);

    at = twoDigits(year / 100, buf, at);
    at = twoDigits(year % 100, buf, at);
    buf[at++] = '-';
    at = twoDigits(month, buf, at);
    buf[at++] = '-';
    at = twoDigits(day, buf, at);
    buf[at++] = 'T';
    at = twoDigits(secondOfDay / 3600, buf, at);
    buf[at++] = ':';
    at = twoDigits(secondOfDay / 60 % 60, buf, at);
    buf[at++] = ':';
    at = twoDigits(secondOfDay % 60, buf, at);
    int digits = fractionDigits(nano);
    if (digits > 0) {
      buf[at++] = '.';
      int value = nano;
      for (int drop = 9 - digits; drop > 0; drop--) {
        value /= 10;
      }
      for (int i = at + digits - 1; i >= at; i--) {
        buf[i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      at += digits;
    }
    buf[at++] = 'Z';
    return at;
  }

  // ISO_INSTANT prints the fraction in groups of three digits, as few as show it exactly.
  private static int fractionDigits(int nano) {
    if (nano == 0) {
      return 0;
    }
    if (nano % 1_000_000 == 0) {
      return 3;
    }
    return nano % 1000 == 0 ? 6 : 9;
  }

  private static int twoDigits(int value, byte[] buf, int at) {
    buf[at] = (byte) ('0' + value / 10);
    buf[at + 1] = (byte) ('0' + value % 10);
    return at + 2;
  }
}
