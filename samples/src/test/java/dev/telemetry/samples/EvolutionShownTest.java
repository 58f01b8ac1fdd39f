package dev.telemetry.samples;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.telemetry.annotations.TelemetryEvent;
import dev.telemetry.processor.TelemetryProcessor;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows the change gate and expiry on the sample: the whole sample compiled against a copy of its
 * catalogue and its committed baseline (the previous release's catalogue.json), as Maven does.
 */
class EvolutionShownTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path BASELINE = Path.of("src/main/telemetry/baseline-catalogue.json");
  /** Where a property is added to cf:request.created, and where an expiry is added to it. */
  private static final String PROPERTY_ANCHOR =
      "      access_groups_count: { type: integer, minimum: 0, description: Total number of access groups selected. }\n";
  private static final String EVENT_ANCHOR = "    emitted-when: Access Request was created\n";

  @TempDir Path dir;

  @Test
  void theSampleAsItIsPassesTheGate() throws Exception {
    assertThat(compile(catalogue())).succeeded();
  }

  @Test
  void anUndeclaredNewPropertyFailsOnItsCatalogueLine() throws Exception {
    String changed = catalogue().replace(PROPERTY_ANCHOR,
        PROPERTY_ANCHOR + "      retries: { type: integer, minimum: 0, required: false, description: Retries. }\n");
    Compilation compilation = compile(changed);
    assertThat(compilation).failed();
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("[TELEMETRY-CHANGE-UNDECLARED] " + dir.resolve("catalogue.yaml") + ":"
        + lineOf(changed, "retries:") + ":7: property cf:request.created.retries added since the baseline "),
        errors.get(0));
    // The entry the message proposes, pasted under changes:, makes the build pass.
    String entry = errors.get(0).substring(errors.get(0).indexOf("with the reason: ") + "with the reason: ".length());
    assertThat(compile(changed + "\nchanges:\n  " + entry.replace("<why>", "Tells how often requests are retried.")
        + "\n")).succeeded();
  }

  @Test
  void anExpiredEventFailsOnItsCatalogueLine() throws Exception {
    String expired = catalogue().replace(EVENT_ANCHOR, EVENT_ANCHOR + "    expires: 2020-01-31\n");
    Compilation compilation = compile(expired);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TELEMETRY-EXPIRED] " + dir.resolve("catalogue.yaml") + ":"
        + lineOf(expired, "expires: 2020-01-31") + ":14: event 'cf:request.created' expired after 2020-01-31");
  }

  private static String catalogue() throws Exception {
    String text = Files.readString(CatalogueEvents.FILE, StandardCharsets.UTF_8);
    assertTrue(text.contains(PROPERTY_ANCHOR) && text.contains(EVENT_ANCHOR), "anchors found in the catalogue");
    return text;
  }

  private static long lineOf(String text, String part) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains '" + part + "'");
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> diagnostic.getMessage(null))
        .toList();
  }

  private Compilation compile(String catalogueText) throws Exception {
    Path catalogue = dir.resolve("catalogue.yaml");
    Files.writeString(catalogue, catalogueText);
    List<JavaFileObject> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files.add(JavaFileObjects.forResource(path.toUri().toURL()));
      }
    }
    return Compiler.javac()
        .withProcessors(new TelemetryProcessor())
        .withOptions("-Atelemetry.catalogue=" + catalogue, "-Atelemetry.docs=false",
            "-Atelemetry.baseline=" + BASELINE.toAbsolutePath(), "-Atelemetry.productVersion=0.2.0")
        .withClasspath(List.of(new File(TelemetryEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI())))
        .compile(files);
  }
}
