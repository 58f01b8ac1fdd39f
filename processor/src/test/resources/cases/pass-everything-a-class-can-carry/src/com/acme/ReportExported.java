package com.acme;

import dev.telemetry.annotations.*;
import java.time.Instant;
import java.util.*;

@TelemetryEvent("acme:report.exported")
class ReportExported extends Base {
  long rowCount;
  Format format;
  Owner owner;
  List<Owner> owners = List.of();
  Integer pages;
  OptionalDouble ratio = OptionalDouble.empty();
  Optional<Instant> finishedAt = Optional.empty();
  @TelemetryProperty("has_header") boolean headerWritten;
  Set<Column> columns = Set.of();
  int[] pageSizes = {};
  String storageTier;
  static int instances;
  transient String cache;
  @TelemetryIgnore String customerEmail;
}
