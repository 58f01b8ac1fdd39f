package com.acme;

import dev.telemetry.annotations.*;

@TelemetryEvent("acme:report.exported")
public class ReportExported {
  String exportedBy;
  long rowCount;
  private Format format;
}
