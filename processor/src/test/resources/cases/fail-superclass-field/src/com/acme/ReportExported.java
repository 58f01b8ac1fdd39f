package com.acme;

import dev.telemetry.annotations.*;

@TelemetryEvent("acme:report.exported")
public class ReportExported extends Base {
  public long rowCount;
  public Format format;
}
