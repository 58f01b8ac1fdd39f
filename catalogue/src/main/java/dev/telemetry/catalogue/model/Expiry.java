package dev.telemetry.catalogue.model;

import java.time.LocalDate;

/**
 * When an event stops being collected: the catalogue's {@code expires} with its
 * {@code expires-reason}.
 */
public sealed interface Expiry {
  /** Why the event is collected until then (or forever), or null when none is written. */
  String reason();

  /** Where the {@code expires} value is written: the line a {@code TELEMETRY-EXPIRED} error names. */
  Location location();

  /** The value as written in the catalogue: {@code 2027-06-30}, {@code 4.0} or {@code never}. */
  String written();

  /**
   * Collected until the end of a day (UTC): tracked on a later day, the event is dropped.
   *
   * @param date the last day the event is collected
   */
  record OnDate(LocalDate date, String reason, Location location) implements Expiry {
    @Override
    public String written() {
      return date.toString();
    }
  }

  /**
   * Collected by product versions before this one.
   *
   * @param version the first product version that no longer collects it, such as {@code 4.0}
   */
  record AtVersion(String version, String reason, Location location) implements Expiry {
    @Override
    public String written() {
      return version;
    }
  }

  /** Collected for as long as the product sends telemetry; the reason is required. */
  record Never(String reason, Location location) implements Expiry {
    @Override
    public String written() {
      return "never";
    }
  }
}
