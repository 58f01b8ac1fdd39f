package com.acme.reports;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventRejectedException;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Writes {@link ReportDeleted} as the catalogue event {@code acme:report.deleted},
 * without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class ReportDeletedTelemetryWriter implements EventWriter<ReportDeleted> {
  private static final EventDescriptor DESCRIPTOR = new EventDescriptor(
      "acme:report.deleted",
      EventKind.CAPTURE,
      null,
      "usr",
      "Tells us how long reports are kept.");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public ReportDeletedTelemetryWriter() {
  }

  @Override
  public EventDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<ReportDeleted> eventClass() {
    return ReportDeleted.class;
  }

  @Override
  public String distinctId(ReportDeleted event) {
    return event.getDistinctId();
  }

  @Override
  public void writeProperties(ReportDeleted event, JsonOutput out) {
    out.name("age_days").value(atLeast(event.getAgeDays(), 0L,
        "acme:report.deleted: age_days is below minimum 0"));
    out.name("reason").value(checkedValue(require(event.reason, "acme:report.deleted: reason"),
        "acme:report.deleted: reason is not one of expired, manual"));
  }

  /**
   * Rejects the event when a value is below its catalogue minimum.
   */
  private static long atLeast(long value, long minimum, String reason) {
    if (value < minimum) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /**
   * Rejects the event when a value is not one of the catalogue's: expired, manual.
   */
  private static String checkedValue(String value, String reason) {
    return switch (value) {
      case "expired", "manual" -> value;
      default -> throw new EventRejectedException(reason);
    };
  }

  /**
   * Rejects the event when a required value is null; the client drops it and counts why.
   */
  private static <T> T require(T value, String property) {
    if (value == null) {
      throw new EventRejectedException(property + " is required but null");
    }
    return value;
  }
}
