package com.acme.reports;

import dev.telemetry.runtime.event.Checks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.GeneratedEventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The writers of the {@code @TelemetryEvent} classes of this package, one nested class per
 * event class; the event index creates them.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class TelemetryWriters {
  private TelemetryWriters() {
  }

  /**
   * Writes {@link ReportDeleted} as the catalogue event {@code acme:report.deleted},
   * without reflection.
   */
  public static final class ReportDeletedTelemetryWriter extends GeneratedEventWriter<ReportDeleted> {
    private static final Set<String> REASON_VALUES = Set.of("expired", "manual");

    /**
     * Creates the writer; it holds no state, so one instance serves every event.
     */
    public ReportDeletedTelemetryWriter() {
      super(ReportDeleted.class, new EventDescriptor(
          "acme:report.deleted",
          EventKind.CAPTURE,
          null,
          "usr",
          "Tells us how long reports are kept."), false);
    }

    @Override
    public String distinctId(ReportDeleted event) {
      return event.getDistinctId();
    }

    @Override
    public void writeProperties(ReportDeleted event, JsonOutput out) {
      out.name("age_days").value(Checks.atLeast(event.getAgeDays(), 0L,
          "acme:report.deleted: age_days is below minimum 0"));
      out.name("reason").value(Checks.oneOf(Checks.require(event.reason, "acme:report.deleted: reason"),
          REASON_VALUES, "acme:report.deleted: reason is not one of expired, manual"));
    }
  }
}
