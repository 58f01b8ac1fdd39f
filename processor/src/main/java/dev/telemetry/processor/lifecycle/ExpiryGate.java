package dev.telemetry.processor.lifecycle;

import dev.telemetry.catalogue.lifecycle.ExpiryVerdict;
import dev.telemetry.catalogue.lifecycle.ProductVersion;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Expiry;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.DiagnosticReporter;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.options.ProcessorOption;
import java.time.LocalDate;
import java.util.Map;

/**
 * Fails the build on an expired event and warns about one that expires soon, so that what a
 * product collects ends when the catalogue said it would. Every message names the catalogue line
 * of the expiry.
 */
public final class ExpiryGate {
  /** The default of {@code -Atelemetry.expiry.warnDays}. */
  public static final int DEFAULT_WARN_DAYS = 30;

  private final DiagnosticReporter reporter;
  private final Map<String, String> options;
  private final BuildDay buildDay;

  public ExpiryGate(DiagnosticReporter reporter, Map<String, String> options, BuildDay buildDay) {
    this.reporter = reporter;
    this.options = options;
    this.buildDay = buildDay;
  }

  /** Checks every event of {@code catalogue} that declares an expiry. */
  public void check(Catalogue catalogue) {
    if (catalogue.events().values().stream().allMatch(event -> event.lifecycle().expiry() == null)) {
      return;
    }
    Integer warnDays = warnDays();
    ProductVersion version = productVersion();
    LocalDate today = buildDay.day();
    if (today == null) {
      reporter.report(Diagnostic.INVALID_SOURCE_DATE_EPOCH, Position.none(), buildDay.invalidEpoch());
      return;
    }
    if (warnDays == null) {
      return;
    }
    for (EventSpec event : catalogue.events().values()) {
      Expiry expiry = event.lifecycle().expiry();
      if (expiry != null) {
        report(event, ExpiryVerdict.of(expiry, today, version, warnDays), today, version);
      }
    }
  }

  private void report(EventSpec event, ExpiryVerdict verdict, LocalDate today, ProductVersion version) {
    if (verdict instanceof ExpiryVerdict.Expired expired) {
      Expiry expiry = expired.expiry();
      if (expiry instanceof Expiry.OnDate onDate) {
        reporter.report(Diagnostic.EXPIRED, Position.none(), expiry.location(), event.name(),
            "after " + onDate.date(), "today is " + today + ", " + buildDay.source(), today.plusYears(1));
      } else {
        ProductVersion at = ProductVersion.parse(expiry.written());
        reporter.report(Diagnostic.EXPIRED, Position.none(), expiry.location(), event.name(),
            "at product version " + at, "the product is " + version + ", from -Atelemetry.productVersion",
            "\"" + version.nextMajor() + "\"");
      }
    } else if (verdict instanceof ExpiryVerdict.ExpiresSoon soon) {
      long days = soon.daysLeft();
      String when = days == 0 ? "today is its last day" : days + (days == 1 ? " more day" : " more days");
      reporter.report(Diagnostic.EXPIRES_SOON, Position.none(), soon.expiry().location(), event.name(),
          soon.expiry().date(), when, today, buildDay.source(), today.plusYears(1));
    } else if (verdict instanceof ExpiryVerdict.VersionUnknown unknown) {
      reporter.report(Diagnostic.EXPIRY_UNCHECKED, Position.none(), unknown.expiry().location(), event.name(),
          unknown.expiry().version());
    }
  }

  /** The warning period, or null when the option is unusable (reported). */
  private Integer warnDays() {
    String written = ProcessorOption.EXPIRY_WARN_DAYS.valueIn(options);
    if (written == null) {
      return DEFAULT_WARN_DAYS;
    }
    try {
      int days = Integer.parseInt(written);
      if (days >= 0) {
        return days;
      }
    } catch (NumberFormatException e) {
      // Reported below, like a negative number.
    }
    reporter.report(Diagnostic.INVALID_OPTION, Position.none(), ProcessorOption.EXPIRY_WARN_DAYS.key(), written,
        "it must be a whole number of days, 0 or more",
        "write -A" + ProcessorOption.EXPIRY_WARN_DAYS.key() + "=" + DEFAULT_WARN_DAYS + ", or leave it out.");
    return null;
  }

  /** The product version, or null when it is not given or unusable (reported). */
  private ProductVersion productVersion() {
    String written = ProcessorOption.PRODUCT_VERSION.valueIn(options);
    if (written == null) {
      return null;
    }
    try {
      return ProductVersion.parse(written);
    } catch (IllegalArgumentException e) {
      reporter.report(Diagnostic.INVALID_OPTION, Position.none(), ProcessorOption.PRODUCT_VERSION.key(), written,
          e.getMessage(), "pass the version being built, such as -A" + ProcessorOption.PRODUCT_VERSION.key()
              + "=${project.version}.");
      return null;
    }
  }
}
