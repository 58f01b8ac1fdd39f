package dev.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.event.EventWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the processor finds the catalogue, where it generates, and how it behaves across rounds and compiles. */
class ProcessorBehaviourTest {
  private static final String CATALOGUE_OPTION = "-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/acme.yaml");
  private static final JavaFileObject DELETED = TelemetryCompiler.source("com.acme.ReportDeleted", """
      package com.acme;
      import dev.telemetry.annotations.*;
      @TelemetryEvent("acme:report.deleted")
      public record ReportDeleted(long ageDays, String reason) {}
      """);

  @Test
  void aStringEmailIsOneClearErrorOnItsLine() {
    JavaFileObject event = TelemetryCompiler.source("com.acme.ReportExported", """
        package com.acme;
        import dev.telemetry.annotations.*;
        import java.util.List;
        @TelemetryEvent("acme:report.exported")
        public record ReportExported(String exportedBy, long rowCount, Format format, List<Column> columns,
            boolean scheduled,
            String email) {}
        """);
    Compilation compilation = TelemetryCompiler.compile("acme.yaml", DiagnosticsTest.FORMAT, DiagnosticsTest.COLUMN, event);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-PII-NAME] acme:report.exported -> email: property 'email' looks like personal data")
        .inFile(event)
        .onLine(7);
  }

  @Test
  void aCatalogueAloneGeneratesItsEventClassesAndTheIndex() throws IOException {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION)
        .compile(TelemetryCompiler.source("com.acme.Main", "package com.acme; class Main {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("telemetry/acme/ReportExported");
    assertThat(compilation).generatedSourceFile("telemetry/acme/ReportDeleted");
    assertThat(compilation).generatedSourceFile("telemetry/acme/AcmeEventIndex").contentsAsUtf8String()
        .contains("new ReportDeletedWriter(),\n      new ReportExportedWriter()");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.telemetry.runtime.event.EventIndex")
        .contentsAsUtf8String()
        .isEqualTo("telemetry.acme.AcmeEventIndex\n");
  }

  @Test
  void anAnnotatedClassReplacesTheGeneratedClassOfItsEvent() {
    Compilation compilation = DiagnosticsTest.compileExported("");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile("telemetry.acme.ReportExported")).isEmpty();
    assertThat(compilation).generatedSourceFile("telemetry/acme/AcmeEventIndex").contentsAsUtf8String()
        .contains("new TelemetryWriters.ReportExportedTelemetryWriter(),\n      new ReportDeletedWriter()");
  }

  @Test
  void theCatalogueIsFoundOnTheClassPathWithoutAnyOption(@TempDir Path resources) throws IOException {
    Files.createDirectories(resources.resolve("telemetry"));
    Files.copy(TelemetryCompiler.resource("catalogues/acme.yaml"), resources.resolve("telemetry/catalogue.yaml"));
    Compilation compilation = TelemetryCompiler.javac()
        .withClasspath(TelemetryCompiler.classPathWith(resources))
        .compile(DiagnosticsTest.FORMAT, DiagnosticsTest.COLUMN, DiagnosticsTest.exported(""));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com/acme/TelemetryWriters");
  }

  @Test
  void theCatalogueIsFoundInTheProjectAboveTheOutputDirectory(@TempDir Path project) throws IOException {
    Path resources = Files.createDirectories(project.resolve("src/main/resources/telemetry"));
    Files.copy(TelemetryCompiler.resource("catalogues/acme.yaml"), resources.resolve("catalogue.yaml"));
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme"));
    Files.writeString(sources.resolve("Format.java"), DiagnosticsTest.FORMAT.getCharContent(true));
    Files.writeString(sources.resolve("Column.java"), DiagnosticsTest.COLUMN.getCharContent(true));
    Files.writeString(sources.resolve("ReportExported.java"), DiagnosticsTest.exported("").getCharContent(true));
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path generated = Files.createDirectories(project.resolve("target/generated-sources/annotations"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
      files.setLocation(StandardLocation.CLASS_PATH, TelemetryCompiler.classPathWith());
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics, List.of("-proc:only"), null,
          files.getJavaFileObjectsFromPaths(List.of(sources.resolve("Format.java"), sources.resolve("Column.java"),
              sources.resolve("ReportExported.java"))));
      task.setProcessors(List.of(new TelemetryProcessor()));
      boolean success = task.call();
      assertThat(diagnostics.getDiagnostics().toString()).isEqualTo("[]");
      assertThat(success).isTrue();
    }
    assertThat(Files.exists(generated.resolve("com/acme/TelemetryWriters.java"))).isTrue();
    assertThat(Files.exists(generated.resolve("telemetry/acme/AcmeEventIndex.java"))).isTrue();
  }

  @Test
  void telemetryCatalogueOnAPackageChoosesTheGeneratedPackage() {
    JavaFileObject packageInfo = TelemetryCompiler.source("com.acme.package-info", """
        @TelemetryCatalogue(generatedPackage = "com.acme.telemetry")
        package com.acme;
        import dev.telemetry.annotations.TelemetryCatalogue;
        """);
    Compilation compilation = TelemetryCompiler.javac().withOptions(CATALOGUE_OPTION).compile(packageInfo);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com/acme/telemetry/AcmeEventIndex");
    assertThat(compilation).generatedSourceFile("com/acme/telemetry/ReportDeleted");
  }

  @Test
  void thePackageOptionWinsOverTheAnnotation() {
    JavaFileObject packageInfo = TelemetryCompiler.source("com.acme.package-info", """
        @TelemetryCatalogue
        package com.acme;
        import dev.telemetry.annotations.TelemetryCatalogue;
        """);
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.package=org.example.events")
        .compile(packageInfo);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("org/example/events/AcmeEventIndex");
  }

  @Test
  void aClassWhoseMemberTypeAnotherProcessorGeneratesIsCheckedInALaterRound() {
    Compilation compilation = TelemetryCompiler.javac()
        .withProcessors(new TelemetryProcessor(), new LateSourceProcessor("com.acme.Owner", """
            package com.acme;
            public record Owner(int seats, Plan plan) {}
            """))
        .withOptions(CATALOGUE_OPTION)
        .compile(DiagnosticsTest.FORMAT, DiagnosticsTest.COLUMN, DiagnosticsTest.PLAN, DiagnosticsTest.exported("Owner owner"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com/acme/TelemetryWriters").contentsAsUtf8String()
        .contains("writeOwner(out, owner);");
  }

  @Test
  void aPartialCompileRebuildsTheWritersOfClassesCompiledEarlier(@TempDir Path output) throws Exception {
    Compilation full = DiagnosticsTest.compileExported("", DELETED);
    assertThat(full).succeededWithoutWarnings();
    copyClassFiles(full, output);

    Compilation partial = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION)
        .withClasspath(TelemetryCompiler.classPathWith(output))
        .compile(DELETED);

    assertThat(partial).succeeded();
    assertThat(partial.generatedSourceFile("telemetry.acme.ReportExported")).isEmpty();
    assertThat(partial).generatedSourceFile("telemetry/acme/AcmeEventIndex").contentsAsUtf8String()
        .contains("ANNOTATED_EVENT_CLASSES = \"com.acme.ReportDeleted,com.acme.ReportExported\"");
    assertThat(partial).generatedSourceFile("telemetry/acme/AcmeEventIndex").contentsAsUtf8String()
        .contains("new TelemetryWriters.ReportDeletedTelemetryWriter(),\n      new TelemetryWriters.ReportExportedTelemetryWriter()");
    // The writer rebuilt from ReportExported's class file is the one its source gave.
    assertThat(partial.generatedSourceFile("com/acme/TelemetryWriters").orElseThrow().getCharContent(true).toString())
        .isEqualTo(full.generatedSourceFile("com/acme/TelemetryWriters").orElseThrow().getCharContent(true).toString());

    CompiledClasses classes = new CompiledClasses(full, partial);
    @SuppressWarnings("unchecked")
    EventWriter<Object> writer =
        (EventWriter<Object>) classes.construct("com.acme.TelemetryWriters$ReportExportedTelemetryWriter");
    Class<?> format = classes.loadClass("com.acme.Format");
    Class<?> column = classes.loadClass("com.acme.Column");
    Object event = classes.construct("com.acme.ReportExported", "usr_1", 10L, format.getEnumConstants()[2],
        List.of(column.getEnumConstants()[0]), false);
    String json = new EventEncoder(TelemetryConfig.builder().build()).encode(writer, event, null).json();
    assertThat(json).contains("\"event\":\"acme:report.exported\"");
    assertThat(json).contains("\"format\":\"x-lsx\",\"columns\":[\"date\"],\"scheduled\":false");
  }

  @Test
  void aPartialCompileKeepsTheWritersOfPackagesWithNoClassCompiledNow(@TempDir Path output) throws IOException {
    JavaFileObject deletedElsewhere = TelemetryCompiler.source("com.acme.reports.ReportDeleted", """
        package com.acme.reports;
        import dev.telemetry.annotations.*;
        @TelemetryEvent("acme:report.deleted")
        public record ReportDeleted(long ageDays, String reason) {}
        """);
    Compilation full = DiagnosticsTest.compileExported("", deletedElsewhere);
    assertThat(full).succeededWithoutWarnings();
    copyClassFiles(full, output);

    Compilation partial = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION)
        .withClasspath(TelemetryCompiler.classPathWith(output))
        .compile(deletedElsewhere);

    assertThat(partial).succeeded();
    assertThat(partial.generatedSourceFile("com/acme/TelemetryWriters")).isEmpty();
    assertThat(partial).generatedSourceFile("com/acme/reports/TelemetryWriters");
    assertThat(partial).generatedSourceFile("telemetry/acme/AcmeEventIndex").contentsAsUtf8String()
        .contains("new TelemetryWriters.ReportExportedTelemetryWriter(),\n"
            + "      new com.acme.reports.TelemetryWriters.ReportDeletedTelemetryWriter()");
  }

  @Test
  void aClassCompiledEarlierThatNoLongerFitsTheCatalogueIsOneErrorAndGetsNoWriter(@TempDir Path output)
      throws IOException {
    Compilation full = DiagnosticsTest.compileExported("", DELETED);
    assertThat(full).succeededWithoutWarnings();
    copyClassFiles(full, output);
    Path catalogue = output.resolve("catalogue.yaml");
    String acme = Files.readString(TelemetryCompiler.resource("catalogues/acme.yaml"));
    Files.writeString(catalogue, acme.replace("values: [csv, pdf, x-lsx]", "values: [csv, pdf]"));

    Compilation partial = TelemetryCompiler.javac()
        .withOptions("-Atelemetry.catalogue=" + catalogue)
        .withClasspath(TelemetryCompiler.classPathWith(output))
        .compile(DELETED);

    // One error, not the class's own findings again: they have no source line to go to.
    assertThat(partial).hadErrorCount(1);
    assertThat(partial).hadErrorContaining(
        "[TELEMETRY-EARLIER-CLASS-STALE] com.acme.ReportExported was compiled earlier and is not compiled now, and "
            + "no longer fits the catalogue event acme:report.exported, so it gets no writer. Fix: compile it again "
            + "(a full build) to see the problem on its line. The first problem: [TELEMETRY-ENUM-CONSTANT] "
            + "acme:report.exported -> format: the constant X_LSX of Format matches none of the catalogue values");
  }

  /** Copies the class files of {@code compilation} to {@code output}, as an earlier build leaves them. */
  private static void copyClassFiles(Compilation compilation, Path output) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = output.resolve(path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
          file.openInputStream().transferTo(out);
        }
      }
    }
  }

  @Test
  void generatedCodeCompilesWithoutWarningsUnderXlintAll() {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Xlint:all,-processing", "-Werror")
        .compile(DiagnosticsTest.FORMAT, DiagnosticsTest.COLUMN, DiagnosticsTest.PLAN,
            DiagnosticsTest.exported("Owner owner, Double ratio, java.util.Optional<java.time.Duration> took"),
            TelemetryCompiler.source("com.acme.Owner", "package com.acme; public record Owner(int seats, Plan plan) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
