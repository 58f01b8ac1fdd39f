package com.acme;

import dev.telemetry.runtime.event.Checks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Writes {@link ReportExported} as the catalogue event {@code acme:report.exported},
 * without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class ReportExportedTelemetryWriter implements EventWriter<ReportExported> {
  private static final EventDescriptor DESCRIPTOR = new EventDescriptor(
      "acme:report.exported",
      EventKind.CAPTURE,
      null,
      "usr",
      "Tells us which export formats and report sizes matter to users.");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public ReportExportedTelemetryWriter() {
  }

  @Override
  public EventDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<ReportExported> eventClass() {
    return ReportExported.class;
  }

  @Override
  public String distinctId(ReportExported event) {
    return event.exportedBy();
  }

  @Override
  public void writeProperties(ReportExported event, JsonOutput out) {
    out.name("exported_by").hashed("usr", event.exportedBy());
    out.name("row_count").value(Checks.atLeast(event.rowCount(), 0L,
        "acme:report.exported: row_count is below minimum 0"));
    out.name("format").value(formatValue(Checks.require(event.format(), "acme:report.exported: format")));
    Owner owner = event.owner();
    if (owner != null) {
      out.name("owner");
      writeOwner(out, owner);
    }
    out.name("columns").beginArray();
    for (Column item : Checks.require(event.columns(), "acme:report.exported: columns")) {
      out.value(columnValue(Checks.require(item, "acme:report.exported: columns[]")));
    }
    out.endArray();
    out.name("scheduled").value(event.scheduled());
  }

  @Override
  public ReportExported snapshot(ReportExported event) {
    List<Column> columns = Checks.unmodifiable(event.columns());
    if (columns == event.columns()) {
      return event;
    }
    // Records are transparent carriers: the canonical constructor runs again, with equal values.
    return new ReportExported(event.exportedBy(), event.rowCount(), event.format(), columns,
        event.scheduled(), event.owner());
  }

  private static String formatValue(Format value) {
    return switch (value) {
      case CSV -> "csv";
      case PDF -> "pdf";
      case X_LSX -> "x-lsx";
    };
  }

  /**
   * Writes a {@code owner} object.
   */
  private static void writeOwner(JsonOutput out, Owner value) {
    out.beginObject();
    out.name("seats").value(Checks.atLeast(value.seats(), 0L,
        "acme:report.exported: owner.seats is below minimum 0"));
    out.name("plan").value(planValue(Checks.require(value.plan(), "acme:report.exported: owner.plan")));
    out.endObject();
  }

  private static String planValue(Plan value) {
    return switch (value) {
      case FREE -> "free";
      case TEAM -> "team";
      case ENTERPRISE -> "enterprise";
    };
  }

  private static String columnValue(Column value) {
    return switch (value) {
      case DATE -> "date";
      case AMOUNT -> "amount";
      case STATUS -> "status";
    };
  }
}
