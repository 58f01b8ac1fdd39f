package com.acme;

import dev.telemetry.runtime.event.Checks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventRejectedException;
import dev.telemetry.runtime.event.GeneratedEventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.util.List;
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
   * Writes {@link ReportExported} as the catalogue event {@code acme:report.exported},
   * without reflection.
   */
  public static final class ReportExportedTelemetryWriter extends GeneratedEventWriter<ReportExported> {
    /**
     * Creates the writer; it holds no state, so one instance serves every event.
     */
    public ReportExportedTelemetryWriter() {
      super(ReportExported.class, new EventDescriptor(
          "acme:report.exported",
          EventKind.CAPTURE,
          null,
          "usr",
          "Tells us which export formats and report sizes matter to users."), false);
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
      out.name("format").value(formatValue(event.format(), "acme:report.exported: format"));
      Owner owner = event.owner();
      if (owner != null) {
        out.name("owner");
        writeOwner(out, owner);
      }
      out.name("columns").beginArray();
      for (Column item : Checks.require(event.columns(), "acme:report.exported: columns")) {
        out.value(columnValue(item, "acme:report.exported: columns[]"));
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

    /**
     * The catalogue value of a {@code Format}. Null is rejected as required, and so is a constant
     * added to the enum since this writer was generated.
     */
    private static String formatValue(Format value, String property) {
      if (value == Format.CSV) {
        return "csv";
      }
      if (value == Format.PDF) {
        return "pdf";
      }
      if (value == Format.X_LSX) {
        return "x-lsx";
      }
      Checks.require(value, property);
      throw new EventRejectedException(property + " has a value the catalogue does not declare");
    }

    /**
     * Writes a {@code owner} object.
     */
    private static void writeOwner(JsonOutput out, Owner value) {
      out.beginObject();
      out.name("seats").value(Checks.atLeast(value.seats(), 0L,
          "acme:report.exported: owner.seats is below minimum 0"));
      out.name("plan").value(planValue(value.plan(), "acme:report.exported: owner.plan"));
      out.endObject();
    }

    /**
     * The catalogue value of a {@code Plan}. Null is rejected as required, and so is a constant
     * added to the enum since this writer was generated.
     */
    private static String planValue(Plan value, String property) {
      if (value == Plan.FREE) {
        return "free";
      }
      if (value == Plan.TEAM) {
        return "team";
      }
      if (value == Plan.ENTERPRISE) {
        return "enterprise";
      }
      Checks.require(value, property);
      throw new EventRejectedException(property + " has a value the catalogue does not declare");
    }

    /**
     * The catalogue value of a {@code Column}. Null is rejected as required, and so is a constant
     * added to the enum since this writer was generated.
     */
    private static String columnValue(Column value, String property) {
      if (value == Column.DATE) {
        return "date";
      }
      if (value == Column.AMOUNT) {
        return "amount";
      }
      if (value == Column.STATUS) {
        return "status";
      }
      Checks.require(value, property);
      throw new EventRejectedException(property + " has a value the catalogue does not declare");
    }
  }
}
