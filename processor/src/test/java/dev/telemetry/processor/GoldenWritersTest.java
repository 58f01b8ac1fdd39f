package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated writers (one {@code TelemetryWriters} source per package) and index, compared with
 * golden files in {@code src/test/resources/golden}, under the path of their package.
 * Run with {@code UPDATE_GOLDENS=1} to rewrite the golden files from the current output.
 */
class GoldenWritersTest {
  private static final Path GOLDEN_SOURCES = Path.of("src/test/resources/golden");

  @Test
  void writersOfARecordWithNestedTypesAndOfAClassWithAccessors() throws IOException {
    Compilation compilation = TelemetryCompiler.compile(
        "acme.yaml",
        DiagnosticsTest.FORMAT,
        DiagnosticsTest.COLUMN,
        DiagnosticsTest.PLAN,
        DiagnosticsTest.exported("Owner owner"),
        TelemetryCompiler.source("com.acme.Owner", """
            package com.acme;
            public record Owner(int seats, Plan plan) {}
            """),
        TelemetryCompiler.source("com.acme.reports.ReportDeleted", """
            package com.acme.reports;
            import dev.telemetry.annotations.*;
            @TelemetryEvent("acme:report.deleted")
            public class ReportDeleted {
              private final String distinctId;
              private final long ageDays;
              final String reason;

              public ReportDeleted(String distinctId, long ageDays, String reason) {
                this.distinctId = distinctId;
                this.ageDays = ageDays;
                this.reason = reason;
              }

              String getDistinctId() { return distinctId; }
              public long getAgeDays() { return ageDays; }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(compilation, "com/acme/TelemetryWriters");
    assertGolden(compilation, "com/acme/reports/TelemetryWriters");
    assertGolden(compilation, "telemetry/acme/AcmeEventIndex");
  }

  private static void assertGolden(Compilation compilation, String typePath) throws IOException {
    Path golden = GOLDEN_SOURCES.resolve(typePath + ".java");
    if ("1".equals(System.getenv("UPDATE_GOLDENS"))) {
      JavaFileObject generated = compilation.generatedSourceFile(typePath).orElseThrow();
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, generated.getCharContent(true));
    }
    assertThat(compilation)
        .generatedSourceFile(typePath)
        .hasSourceEquivalentTo(JavaFileObjects.forSourceString(typePath.replace('/', '.'), Files.readString(golden)));
  }
}
