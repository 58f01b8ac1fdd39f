package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.telemetry.catalogue.docs.DocsGenerator;
import dev.telemetry.catalogue.docs.DocsOptions;
import dev.telemetry.catalogue.docs.EventFiles;
import dev.telemetry.catalogue.load.CatalogueLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change gate against the previous release's catalogue.json, through real javac. */
class ChangeGateTest {
  /** The previous release; {@code %s} is where the current one adds lines to the event's properties. */
  private static final String CATALOGUE = """
      catalogue: 1
      namespace: ns
      product: P
      events:
        ns:app.started:
          emitted-when: The app starts
          purpose: Counts starts.
          distinct-id: { hash: ins }
          properties:
            mode: { type: enum, values: [cli, server], description: How it runs. }
      %s""";

  private static final JavaFileObject ANY_SOURCE = TelemetryCompiler.source("com.acme.Main",
      "package com.acme; public class Main {}");

  @TempDir Path dir;
  private Path baseline;

  @BeforeEach
  void publishThePreviousRelease() throws Exception {
    baseline = dir.resolve("baseline-catalogue.json");
    byte[] json = new DocsGenerator(DocsOptions.defaults())
        .render(CatalogueLoader.load("catalogue.yaml", CATALOGUE.formatted("")).catalogue())
        .get(EventFiles.CATALOGUE_JSON);
    Files.write(baseline, json);
  }

  private Compilation compile(String added, String... extraOptions) throws Exception {
    Path catalogue = dir.resolve("catalogue.yaml");
    Files.writeString(catalogue, CATALOGUE.formatted(added));
    List<String> options = new java.util.ArrayList<>(List.of("-Atelemetry.catalogue=" + catalogue,
        "-Atelemetry.docs=false", "-Atelemetry.baseline=" + baseline));
    options.addAll(List.of(extraOptions));
    return Compiler.javac().withProcessors(new TelemetryProcessor()).withOptions(options).compile(ANY_SOURCE);
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> diagnostic.getMessage(null))
        .toList();
  }

  @Test
  void theSameCatalogueAsTheBaselinePasses() throws Exception {
    assertThat(compile("")).succeededWithoutWarnings();
  }

  @Test
  void anUndeclaredNewPropertyFailsOnItsLineWithTheEntryToAdd() throws Exception {
    Compilation compilation = compile("      cores: { type: integer, description: CPU cores. }\n",
        "-Atelemetry.productVersion=1.1.0");
    assertThat(compilation).failed();
    assertEquals(List.of("[TELEMETRY-CHANGE-UNDECLARED] " + dir.resolve("catalogue.yaml") + ":11:7: property "
            + "ns:app.started.cores added since the baseline " + baseline + " (more-data) is not declared; what a "
            + "product collects changes only in the open. Fix: add this entry under 'changes:' of the catalogue, "
            + "with the reason: - { version: \"1.1.0\", kind: more-data, what: 'property ns:app.started.cores "
            + "added', reason: <why> }"),
        errors(compilation));
  }

  @Test
  void theProposedEntryNamesTheReleaseWithoutTheSnapshotQualifier() throws Exception {
    Compilation compilation = compile("      cores: { type: integer, description: CPU cores. }\n",
        "-Atelemetry.productVersion=1.1.0-SNAPSHOT");
    assertThat(compilation).hadErrorContaining("with the reason: - { version: \"1.1.0\", kind: more-data, ");
  }

  @Test
  void theEntryFromTheMessagePastedUnderChangesPassesTheGate() throws Exception {
    String property = "      cores: { type: integer, description: CPU cores. }\n";
    String error = errors(compile(property)).get(0);
    String entry = error.substring(error.indexOf("with the reason: ") + "with the reason: ".length());
    assertThat(compile(property + "changes:\n  " + entry + "\n")).succeededWithoutWarnings();
  }

  @Test
  void aBreakingChangeMustBeDeclaredToo() throws Exception {
    Path catalogue = dir.resolve("catalogue.yaml");
    Compilation compilation = Compiler.javac().withProcessors(new TelemetryProcessor())
        .withOptions("-Atelemetry.catalogue=" + write(catalogue, CATALOGUE.formatted("").replace("cli, server", "cli")),
            "-Atelemetry.docs=false", "-Atelemetry.baseline=" + baseline)
        .compile(ANY_SOURCE);
    assertThat(compilation).hadErrorContaining("[TELEMETRY-CHANGE-UNDECLARED] " + catalogue + ":10:7: property "
        + "ns:app.started.mode enum value server removed since the baseline " + baseline + " (breaking)");
  }

  @Test
  void aDeclaredChangeThatDidNotHappenFails() throws Exception {
    Compilation compilation = compile("changes:\n  - { version: \"1.1\", kind: more-data, what: 'property "
        + "ns:app.started.cores added', reason: More. }\n");
    assertThat(compilation).hadErrorContaining("[TELEMETRY-CHANGE-NOT-IN-DIFF] " + dir.resolve("catalogue.yaml")
        + ":12:5: the changes entry 'property ns:app.started.cores added' (more-data) matches no difference from "
        + "the baseline");
  }

  @Test
  void aMissingBaselineIsAnError() throws Exception {
    Files.delete(baseline);
    assertThat(compile("")).hadErrorContaining("[TELEMETRY-BASELINE-UNREADABLE] the baseline " + baseline
        + " cannot be read: no such file.");
  }

  private static Path write(Path file, String text) throws Exception {
    Files.writeString(file, text);
    return file;
  }
}
