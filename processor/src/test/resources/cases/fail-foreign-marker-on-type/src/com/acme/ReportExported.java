package com.acme;

import dev.telemetry.annotations.*;

@TelemetryEvent("acme:report.exported")
public record ReportExported(String exportedBy, long rowCount, Format format,
    Label label) {}
