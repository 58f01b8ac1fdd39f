package com.acme;

import dev.telemetry.annotations.*;

@TelemetryEvent("acme:report.exported")
public class ReportExported {
  private final String exportedBy = "usr_1";
  private final long rowCount = 1;
  private final Format format = Format.CSV;
  private final String passwordHint = "";

  public String getExportedBy() { return exportedBy; }
  public long getRowCount() { return rowCount; }
  public Format format() { return format; }
  public String getPasswordHint() { return passwordHint; }
}
