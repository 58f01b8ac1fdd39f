package com.acme.reports;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventRejectedException;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Writes {@link ReportDeleted} as the catalogue event {@code acme:report.deleted}, without reflection.
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
   * Creates the writer; the generated event index holds one instance.
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
    out.name("age_days").value(event.getAgeDays());
    out.name("reason").value(checkedValue(require(event.reason, "acme:report.deleted: reason")));
  }

  private static String checkedValue(String value) {
    return switch (value) {
      case "expired", "manual" -> value;
      default -> throw new EventRejectedException(
          "acme:report.deleted: \"" + value + "\" is not one of expired, manual");
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
