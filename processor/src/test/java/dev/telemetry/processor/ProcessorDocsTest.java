package dev.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.telemetry.catalogue.docs.DocsGenerator;
import dev.telemetry.catalogue.docs.DocsOptions;
import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation the processor writes on every compile, and its {@code -Atelemetry.docs*} options. */
class ProcessorDocsTest {
  private static final Path CATALOGUE = TelemetryCompiler.resource("catalogues/acme.yaml");
  private static final String CATALOGUE_OPTION = "-Atelemetry.catalogue=" + CATALOGUE;
  private static final String CLASSES = "target/classes";
  private static final String GENERATED = "target/generated-sources/annotations";
  private static final JavaFileObject MAIN = TelemetryCompiler.source("com.acme.Main", "package com.acme; class Main {}");

  @Test
  void aCatalogueAloneGetsItsDocsInTheClassOutput() {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs.envPrefix=ACME_REPORTS", "-Atelemetry.docs.product=Acme Reports")
        .compile(MAIN);
    // The generated sources make a second round: a second write would be a Filer error here.
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/telemetry/docs/telemetry.md")
        .contentsAsUtf8String()
        .contains("ACME_REPORTS_DISABLED=true");
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/telemetry/docs/telemetry.md")
        .contentsAsUtf8String()
        .contains("Acme Reports");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/telemetry/docs/examples/acme-report-exported.json");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/telemetry/docs/schemas/acme-report-deleted.schema.json");
  }

  @Test
  void anAnnotatedEventClassCompilesWithTheDocs() {
    Compilation compilation = DiagnosticsTest.compileExported("");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/telemetry/docs/catalogue.json");
  }

  @Test
  void theDocsDirectoryGetsExactlyTheGeneratorsFiles(@TempDir Path site) throws IOException, CatalogueException {
    Files.writeString(site.resolve("telemetry.md"), "stale page of an earlier compile");
    Files.writeString(site.resolve("index.md"), "the site's own page");
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs.dir=" + site, "-Atelemetry.docs.envPrefix=ACME_REPORTS")
        .compile(MAIN);
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, byte[]> expected = new DocsGenerator(DocsOptions.defaults().withEnvPrefix("ACME_REPORTS"))
        .render(CatalogueLoader.load(CATALOGUE).catalogue());
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertThat(Files.readAllBytes(site.resolve(file.getKey()))).isEqualTo(file.getValue());
    }
    assertThat(filesUnder(site)).hasSize(expected.size() + 1);
    assertThat(Files.readString(site.resolve("index.md"))).isEqualTo("the site's own page");
    assertThat(docsInClassOutput(compilation)).isEmpty();
  }

  @Test
  void theClassOutputOnDiskGetsExactlyTheGeneratorsFilesAndLosesStaleOnes(@TempDir Path project)
      throws IOException, CatalogueException {
    Path docs = project.resolve(CLASSES).resolve("META-INF/telemetry/docs");
    Files.createDirectories(docs.resolve("schemas"));
    Files.writeString(docs.resolve("schemas/acme-report-removed.schema.json"), "{} of an event removed since");
    Files.createDirectories(docs.resolve("old"));
    Files.writeString(docs.resolve("old/page.md"), "a page of an earlier version");
    Files.writeString(docs.resolve("telemetry.md"), "stale page of an earlier compile");

    assertThat(compileOnDisk(project, CATALOGUE_OPTION)).isEmpty();
    // A second compile finds the anchor and the other files in place.
    assertThat(compileOnDisk(project, CATALOGUE_OPTION)).isEmpty();

    Map<String, byte[]> expected = new DocsGenerator(DocsOptions.defaults()).render(CatalogueLoader.load(CATALOGUE).catalogue());
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertThat(Files.readAllBytes(docs.resolve(file.getKey()))).isEqualTo(file.getValue());
    }
    assertThat(filesUnder(docs)).hasSize(expected.size());
    assertThat(Files.exists(docs.resolve("old"))).isFalse();
  }

  @Test
  void aRelativeDocsDirectoryIsInTheProjectAboveTheClassOutput(@TempDir Path project) throws IOException {
    assertThat(compileOnDisk(project, CATALOGUE_OPTION, "-Atelemetry.docs.dir=site/telemetry")).isEmpty();
    assertThat(Files.isRegularFile(project.resolve("site/telemetry/telemetry.html"))).isTrue();
    assertThat(Files.exists(project.resolve(CLASSES).resolve("META-INF/telemetry"))).isFalse();
  }

  @Test
  void docsFalseWritesNothing(@TempDir Path site) throws IOException {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs=false", "-Atelemetry.docs.dir=" + site)
        .compile(MAIN);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(filesUnder(site)).isEmpty();
    assertThat(docsInClassOutput(compilation)).isEmpty();
    assertThat(compilation).generatedSourceFile("telemetry/acme/AcmeEventIndex");
  }

  @Test
  void theDocsFlavorOptionWritesHeadingIdsForThatSite() {
    Compilation docusaurus = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs.flavor=docusaurus")
        .compile(MAIN);
    assertThat(docusaurus).succeededWithoutWarnings();
    assertThat(docusaurus).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/telemetry/docs/telemetry.md")
        .contentsAsUtf8String()
        .contains("### `acme:report.exported` {#event-acme-report-exported}\n");
    Compilation mkdocs = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs.flavor=mkdocs")
        .compile(MAIN);
    assertThat(mkdocs).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/telemetry/docs/telemetry.md")
        .contentsAsUtf8String()
        .contains("### `acme:report.exported` { #event-acme-report-exported }\n");
  }

  @Test
  void anUnknownDocsFlavorIsOneErrorWithTheValidValues() {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs.flavor=hugo")
        .compile(MAIN);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-INVALID-OPTION] -Atelemetry.docs.flavor=hugo cannot be used: the value is github, mkdocs or docusaurus.");
  }

  @Test
  void anInvalidEnvPrefixIsOneErrorWithTheRuleAndTheFix(@TempDir Path project) throws IOException {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs.envPrefix=acme-reports")
        .compile(MAIN);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-INVALID-OPTION] -Atelemetry.docs.envPrefix=acme-reports cannot be used: an environment variable "
            + "prefix starts with an upper-case letter and holds only upper-case letters, digits and _. Fix: use "
            + "ACME_REPORTS, which names the variables ACME_REPORTS_DISABLED and ACME_REPORTS_LOG_LEVEL.");
    assertThat(compileOnDisk(project, CATALOGUE_OPTION, "-Atelemetry.docs.envPrefix=acme-reports")).hasSize(1);
    assertThat(Files.exists(project.resolve(CLASSES).resolve("META-INF/telemetry"))).isFalse();
    assertThat(Files.exists(project.resolve(GENERATED).resolve("telemetry/acme/AcmeEventIndex.java"))).isTrue();
  }

  @Test
  void aDocsSwitchThatIsNeitherTrueNorFalseIsAnError(@TempDir Path project) throws IOException {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs=yes")
        .compile(MAIN);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-INVALID-OPTION] -Atelemetry.docs=yes cannot be used: the value is true or false. Fix: pass "
            + "-Atelemetry.docs=false to turn the documentation off, or leave the option out.");
    assertThat(compileOnDisk(project, CATALOGUE_OPTION, "-Atelemetry.docs=yes")).hasSize(1);
    assertThat(Files.exists(project.resolve(CLASSES).resolve("META-INF/telemetry"))).isFalse();
  }

  @Test
  void aBrokenCatalogueWritesNoDocs(@TempDir Path project) throws IOException {
    String broken = "-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/broken.yaml");
    assertThat(compileOnDisk(project, broken)).isNotEmpty();
    assertThat(Files.exists(project.resolve(CLASSES).resolve("META-INF/telemetry"))).isFalse();
    assertThat(compileOnDisk(project, broken, "-Atelemetry.docs.dir=site")).isNotEmpty();
    assertThat(Files.exists(project.resolve("site"))).isFalse();
  }

  @Test
  void aDocsDirectoryThatCannotBeWrittenIsAWriteError(@TempDir Path temp) throws IOException {
    Path notAFolder = Files.writeString(temp.resolve("taken"), "a file where the folder should be");
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions(CATALOGUE_OPTION, "-Atelemetry.docs.dir=" + notAFolder)
        .compile(MAIN);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-WRITE-FAILED] could not write the generated file " + notAFolder.resolve("telemetry.md"));
  }

  private static List<JavaFileObject> docsInClassOutput(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(file -> file.toUri().getPath().contains("META-INF/telemetry"))
        .toList();
  }

  /**
   * Compiles {@code com.acme.Main} of a Maven-shaped project on disk with only the processor, as a
   * build tool would (so that failed compiles can be inspected too); returns the diagnostics.
   */
  private static List<Diagnostic<? extends JavaFileObject>> compileOnDisk(Path project, String... options)
      throws IOException {
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme"));
    Files.writeString(sources.resolve("Main.java"), MAIN.getCharContent(true));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(Files.createDirectories(project.resolve(CLASSES))));
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(project.resolve(GENERATED))));
      files.setLocation(StandardLocation.CLASS_PATH, TelemetryCompiler.classPathWith());
      List<String> arguments = Stream.concat(Stream.of("-proc:only"), Stream.of(options)).toList();
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics, arguments, null,
          files.getJavaFileObjectsFromPaths(List.of(sources.resolve("Main.java"))));
      task.setProcessors(List.of(new TelemetryProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics();
  }

  private static List<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
