package com.acme;

import dev.telemetry.annotations.*;
import java.util.UUID;

final class Events {
  private Events() {}

  @TelemetryEvent("acme:report.exported")
  static final class Exported {
    final UUID exportedBy;
    final Long rowCount;
    final String format;

    Exported(UUID exportedBy, Long rowCount, String format) {
      this.exportedBy = exportedBy;
      this.rowCount = rowCount;
      this.format = format;
    }
  }
}
