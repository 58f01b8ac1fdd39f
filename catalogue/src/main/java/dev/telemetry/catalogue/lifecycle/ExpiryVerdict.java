package dev.telemetry.catalogue.lifecycle;

import dev.telemetry.catalogue.model.Expiry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What an event's expiry means on a given day, for a given product version. */
public sealed interface ExpiryVerdict {
  /** Still collected, and not about to expire. */
  record Live() implements ExpiryVerdict {}

  /** No longer collected: the build must fail. */
  record Expired(Expiry expiry) implements ExpiryVerdict {}

  /**
   * Expires within the warning period.
   *
   * @param daysLeft the days it is still collected after today (0: today is its last day)
   */
  record ExpiresSoon(Expiry.OnDate expiry, long daysLeft) implements ExpiryVerdict {}

  /** A version expiry that cannot be judged, because the product version is not known. */
  record VersionUnknown(Expiry.AtVersion expiry) implements ExpiryVerdict {}

  /**
   * Judges {@code expiry}.
   *
   * @param today the day of the build (UTC)
   * @param productVersion the version being built, or null when it is not known
   * @param warnDays an event whose last day is at most this many days after today expires soon
   */
  public static ExpiryVerdict of(Expiry expiry, LocalDate today, ProductVersion productVersion, int warnDays) {
    if (expiry instanceof Expiry.OnDate onDate) {
      // The date is the last day the event is collected.
      if (today.isAfter(onDate.date())) {
        return new Expired(expiry);
      }
      long daysLeft = ChronoUnit.DAYS.between(today, onDate.date());
      return daysLeft <= warnDays ? new ExpiresSoon(onDate, daysLeft) : new Live();
    }
    if (expiry instanceof Expiry.AtVersion atVersion) {
      if (productVersion == null) {
        return new VersionUnknown(atVersion);
      }
      return productVersion.compareTo(ProductVersion.parse(atVersion.version())) >= 0 ? new Expired(expiry) : new Live();
    }
    return new Live();
  }
}
