package com.acme;

import dev.telemetry.annotations.*;

@TelemetryEvent("acme:report.exported")
public class ReportExported {
  public String exportedBy;
  public long rowCount;
  public Format format;
  public String userPhoneNumber;
}
