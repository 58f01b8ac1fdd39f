package com.acme;

import dev.telemetry.annotations.*;

@TelemetryEvent("acme:report.exported")
public record AgainExported(String exportedBy, long rowCount, Format format) {}
