package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event expiry at compile time, through real javac: TELEMETRY-EXPIRED on the catalogue line of the
 * expiry, TELEMETRY-EXPIRES-SOON within the warning period, version expiry against
 * {@code -Atelemetry.productVersion}, and the build day from SOURCE_DATE_EPOCH.
 */
class ExpiryTest {
  /** {@code expires} is on line 9, its value at column 14. */
  private static final String CATALOGUE = """
      catalogue: 1
      namespace: ns
      product: P
      events:
        ns:app.started:
          emitted-when: The app starts
          purpose: Counts starts.
          owner: platform
          expires: %s
          data-category: technical
          distinct-id: { hash: ins }
          properties:
            count: { type: integer, description: How many. }
      """;

  private static final JavaFileObject ANY_SOURCE = TelemetryCompiler.source("com.acme.Main",
      "package com.acme; public class Main {}");

  @TempDir Path dir;

  private Path catalogue(String expires) throws IOException {
    Path file = dir.resolve("catalogue.yaml");
    Files.writeString(file, CATALOGUE.formatted(expires));
    return file;
  }

  private static Clock clockOn(String day) {
    return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
  }

  private static Compilation compile(Clock clock, Map<String, String> env, Path catalogue, String... options) {
    List<String> all = new ArrayList<>(List.of("-Atelemetry.catalogue=" + catalogue, "-Atelemetry.docs=false"));
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(new TelemetryProcessor(clock, env)).withOptions(all).compile(ANY_SOURCE);
  }

  private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == kind)
        .map(diagnostic -> diagnostic.getMessage(null))
        .toList();
  }

  @Test
  void anExpiredEventFailsTheBuildOnTheLineOfItsExpiry() throws IOException {
    Path file = catalogue("2026-06-30");
    Compilation compilation = compile(clockOn("2026-07-01"), Map.of(), file);
    assertThat(compilation).failed();
    assertEquals(List.of("[TELEMETRY-EXPIRED] " + file + ":9:14: event 'ns:app.started' expired after 2026-06-30 "
            + "(today is 2026-07-01, by the clock), and an expired event is no longer collected. Fix: renew it with a "
            + "new expiry and the reason (expires: 2027-07-01, expires-reason: <why it is still needed>), or delete "
            + "the event from the catalogue."),
        messages(compilation, Diagnostic.Kind.ERROR));
  }

  @Test
  void theFixOfTheExpiredErrorWorksWhenPasted() throws IOException {
    Path file = catalogue("2026-06-30");
    String error = messages(compile(clockOn("2026-07-01"), Map.of(), file), Diagnostic.Kind.ERROR).get(0);
    String renewal = error.substring(error.indexOf("(expires: ") + "(expires: ".length(), error.indexOf(", expires-reason"));
    Path renewed = catalogue(renewal + "\n    expires-reason: Still needed for the 2027 roadmap.");
    assertThat(compile(clockOn("2026-07-01"), Map.of(), renewed)).succeededWithoutWarnings();
  }

  @Test
  void itsLastDayIsStillCollectedAndWarned() throws IOException {
    Compilation compilation = compile(clockOn("2026-06-30"), Map.of(), catalogue("2026-06-30"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[TELEMETRY-EXPIRES-SOON] ");
    assertThat(compilation).hadWarningContaining(
        "event 'ns:app.started' is collected until 2026-06-30, today is its last day (today is 2026-06-30, by the clock)");
  }

  @Test
  void anEventExpiringWithinThirtyDaysIsAWarningOnTheCatalogueLine() throws IOException {
    Path file = catalogue("2026-07-31");
    Compilation compilation = compile(clockOn("2026-07-01"), Map.of(), file);
    assertThat(compilation).succeeded();
    assertEquals(List.of("[TELEMETRY-EXPIRES-SOON] " + file + ":9:14: event 'ns:app.started' is collected until "
            + "2026-07-31, 30 more days (today is 2026-07-01, by the clock). Fix: renew it with a later date and the "
            + "reason (expires: 2027-07-01, expires-reason: <why it is still needed>), or plan its removal: after "
            + "that day the runtime stops sending it and the build fails."),
        messages(compilation, Diagnostic.Kind.WARNING).stream().filter(m -> m.startsWith("[TELEMETRY")).toList());
  }

  @Test
  void anEventFurtherAwayThanTheWarningPeriodCompilesCleanly() throws IOException {
    assertThat(compile(clockOn("2026-07-01"), Map.of(), catalogue("2026-08-01"))).succeededWithoutWarnings();
    assertThat(compile(clockOn("2026-07-01"), Map.of(), catalogue("never\n    expires-reason: Counts installs.")))
        .succeededWithoutWarnings();
  }

  @Test
  void theWarningPeriodIsAnOption() throws IOException {
    Path file = catalogue("2026-08-01");
    assertThat(compile(clockOn("2026-07-01"), Map.of(), file, "-Atelemetry.expiry.warnDays=31"))
        .hadWarningContaining("[TELEMETRY-EXPIRES-SOON]");
    assertThat(compile(clockOn("2026-07-30"), Map.of(), file, "-Atelemetry.expiry.warnDays=0"))
        .succeededWithoutWarnings();
    Compilation invalid = compile(clockOn("2026-07-01"), Map.of(), file, "-Atelemetry.expiry.warnDays=soon");
    assertThat(invalid).hadErrorContaining("[TELEMETRY-INVALID-OPTION] -Atelemetry.expiry.warnDays=soon cannot be "
        + "used: it must be a whole number of days, 0 or more. Fix: write -Atelemetry.expiry.warnDays=30, or leave it out.");
  }

  @Test
  void aVersionExpiryIsComparedWithTheProductVersion() throws IOException {
    Path file = catalogue("\"4.0\"");
    assertThat(compile(clockOn("2026-07-01"), Map.of(), file, "-Atelemetry.productVersion=3.9.2"))
        .succeededWithoutWarnings();
    assertThat(compile(clockOn("2026-07-01"), Map.of(), file, "-Atelemetry.productVersion=3.10"))
        .succeededWithoutWarnings();
    Compilation expired = compile(clockOn("2026-07-01"), Map.of(), file, "-Atelemetry.productVersion=4.0-SNAPSHOT");
    assertThat(expired).failed();
    assertEquals(List.of("[TELEMETRY-EXPIRED] " + file + ":9:14: event 'ns:app.started' expired at product version 4.0 "
            + "(the product is 4.0-SNAPSHOT, from -Atelemetry.productVersion), and an expired event is no longer "
            + "collected. Fix: renew it with a new expiry and the reason (expires: \"5.0\", expires-reason: <why it is "
            + "still needed>), or delete the event from the catalogue."),
        messages(expired, Diagnostic.Kind.ERROR));
    assertThat(compile(clockOn("2026-07-01"), Map.of(), file, "-Atelemetry.productVersion=4.1")).failed();
  }

  @Test
  void aVersionExpiryWithoutAProductVersionIsAWarning() throws IOException {
    Path file = catalogue("\"4.0\"");
    Compilation compilation = compile(clockOn("2026-07-01"), Map.of(), file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[TELEMETRY-EXPIRY-UNCHECKED] " + file + ":9:14: event "
        + "'ns:app.started' expires at product version 4.0, but the version being built is not known. Fix: pass "
        + "-Atelemetry.productVersion=${project.version} to javac.");
  }

  @Test
  void sourceDateEpochWinsOverTheClock() throws IOException {
    Path file = catalogue("2026-06-30");
    // 2026-07-01T00:00:00Z: the day after the last day, whatever the clock says.
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1782864000");
    Compilation late = compile(clockOn("2020-01-01"), env, file);
    assertThat(late).failed();
    assertThat(late).hadErrorContaining("(today is 2026-07-01, from SOURCE_DATE_EPOCH)");
    // The same epoch gives the same verdict on any day of the clock: the build is reproducible.
    assertEquals(messages(late, Diagnostic.Kind.ERROR),
        messages(compile(clockOn("2031-05-05"), env, file), Diagnostic.Kind.ERROR));
    Map<String, String> earlier = Map.of("SOURCE_DATE_EPOCH", "1782863999"); // 2026-06-30T23:59:59Z
    assertThat(compile(clockOn("2031-05-05"), earlier, file)).succeeded();
  }

  @Test
  void anUnusableSourceDateEpochIsAnError() throws IOException {
    Compilation compilation = compile(clockOn("2026-01-01"), Map.of("SOURCE_DATE_EPOCH", "yesterday"),
        catalogue("2026-06-30"));
    assertThat(compilation).hadErrorContaining("[TELEMETRY-INVALID-SOURCE-DATE-EPOCH] the environment variable "
        + "SOURCE_DATE_EPOCH=yesterday is not a number of seconds since 1970-01-01T00:00:00Z");
    assertThat(compilation).hadErrorContaining("git log -1 --format=%ct");
  }
}
