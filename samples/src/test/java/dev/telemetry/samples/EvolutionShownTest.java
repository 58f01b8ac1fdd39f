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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows the change gate and expiry on the sample: the whole sample compiled against a copy of its
 * catalogue and its committed baseline (the previous release's catalogue.json), with the options
 * Maven passes; each failure is on the catalogue line, and its fix, pasted, makes the build pass.
 */
class EvolutionShownTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path BASELINE = Path.of("src/main/telemetry/baseline-catalogue.json");
  /** What samples/pom.xml passes as -Atelemetry.productVersion: ${project.version}, such as 0.1.0-SNAPSHOT. */
  private static final String MAVEN_VERSION =
      System.getProperty("telemetry.productVersion", "set telemetry.productVersion as samples/pom.xml does");
  /** Where a property is added to cf:request.created. */
  private static final String PROPERTY_ANCHOR =
      "      access_groups_count: { type: integer, minimum: 0, description: Total number of access groups selected. }\n";
  /** The first day on which cf:request.created (expires: 2028-06-30) is no longer collected. */
  private static final Instant AFTER_REQUEST_CREATED_EXPIRED = Instant.parse("2028-07-01T09:00:00Z");
  private static final Pattern PROPOSED_EXPIRY = Pattern.compile("\\(expires: (\\S+), expires-reason: <why it is still needed>\\)");

  @TempDir Path dir;

  @Test
  void theSampleAsItIsPassesTheGateAndItsExpiries() throws Exception {
    assertThat(compile(catalogue(), new TelemetryProcessor(), MAVEN_VERSION)).succeeded();
  }

  @Test
  void anUndeclaredNewPropertyFailsOnItsCatalogueLine() throws Exception {
    String changed = catalogue().replace(PROPERTY_ANCHOR,
        PROPERTY_ANCHOR + "      retries: { type: integer, minimum: 0, required: false, description: Retries. }\n");
    Compilation compilation = compile(changed, new TelemetryProcessor(), MAVEN_VERSION);
    assertThat(compilation).failed();
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("[TELEMETRY-CHANGE-UNDECLARED] " + dir.resolve("catalogue.yaml") + ":"
        + lineOf(changed, "retries:") + ":7: property cf:request.created.retries added since the baseline "),
        errors.get(0));
    String entry = errors.get(0).substring(errors.get(0).indexOf("with the reason: ") + "with the reason: ".length());
    String release = MAVEN_VERSION.replaceFirst("-SNAPSHOT$", "");
    assertEquals("- { version: \"" + release + "\", kind: more-data, what: 'property cf:request.created.retries added', "
        + "reason: <why> }", entry, "the release being built, without -SNAPSHOT");

    // The entry the message proposes, pasted under the sample's changes:, makes the build pass.
    String declared = changed.replace("\nchanges:\n",
        "\nchanges:\n  " + entry.replace("<why>", "Tells how often requests are retried.") + "\n");
    assertThat(compile(declared, new TelemetryProcessor(), MAVEN_VERSION)).succeeded();
  }

  @Test
  void anExpiredEventFailsOnItsExpiryLineAndTheRenewalPastedPasses() throws Exception {
    String catalogue = catalogue();
    TelemetryProcessor onTheDayAfter = processorOn(AFTER_REQUEST_CREATED_EXPIRED);
    Compilation compilation = compile(catalogue, onTheDayAfter, MAVEN_VERSION);
    assertThat(compilation).failed();
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), errors.toString());
    int line = lineOf(catalogue, "expires: 2028-06-30");
    assertTrue(errors.get(0).startsWith("[TELEMETRY-EXPIRED] " + dir.resolve("catalogue.yaml") + ":" + line
        + ":14: event 'cf:request.created' expired after 2028-06-30 (today is 2028-07-01, from SOURCE_DATE_EPOCH)"),
        errors.get(0));

    String renewed = pasteRenewal(catalogue, line, errors.get(0));
    assertTrue(renewed.contains("    expires: 2029-07-01\n    expires-reason: "), "renewed for a year from the build day");
    assertThat(compile(renewed, processorOn(AFTER_REQUEST_CREATED_EXPIRED), MAVEN_VERSION)).succeeded();
  }

  @Test
  void anEventExpiringAtAVersionFailsTheBuildOfThatVersionAndTheRenewalPastedPasses() throws Exception {
    String catalogue = catalogue();
    Compilation compilation = compile(catalogue, new TelemetryProcessor(), "1.0.0-SNAPSHOT");
    assertThat(compilation).failed();
    List<String> errors = errors(compilation);
    assertEquals(1, errors.size(), errors.toString());
    int line = lineOf(catalogue, "expires: \"1.0\"");
    assertTrue(errors.get(0).startsWith("[TELEMETRY-EXPIRED] " + dir.resolve("catalogue.yaml") + ":" + line
        + ":14: event 'cf:request.revoked' expired at product version 1.0 (the product is 1.0.0-SNAPSHOT,"),
        errors.get(0));

    String renewed = pasteRenewal(catalogue, line, errors.get(0));
    assertTrue(renewed.contains("    expires: \"2.0\"\n    expires-reason: "), renewed);
    assertThat(compile(renewed, new TelemetryProcessor(), "1.0.0-SNAPSHOT")).succeeded();
  }

  /**
   * What a developer does with the fix of a TELEMETRY-EXPIRED message: the proposed {@code expires}
   * replaces the value on the reported line, and the {@code expires-reason} goes under it, filled in.
   */
  private static String pasteRenewal(String catalogue, int line, String error) {
    Matcher proposed = PROPOSED_EXPIRY.matcher(error);
    assertTrue(proposed.find(), "the fix proposes an expiry: " + error);
    List<String> lines = new ArrayList<>(catalogue.lines().toList());
    String reported = lines.get(line - 1);
    assertTrue(reported.strip().startsWith("expires: "), "line " + line + " is the expiry: " + reported);
    String indent = reported.substring(0, reported.indexOf("expires: "));
    lines.set(line - 1, indent + "expires: " + proposed.group(1));
    lines.add(line, indent + "expires-reason: Still needed while the default durations are tuned.");
    return String.join("\n", lines) + "\n";
  }

  /** A processor whose build day is {@code day}, given as SOURCE_DATE_EPOCH (the clock says otherwise). */
  private static TelemetryProcessor processorOn(Instant day) {
    return new TelemetryProcessor(Clock.systemUTC(), Map.of("SOURCE_DATE_EPOCH", Long.toString(day.getEpochSecond())));
  }

  private static String catalogue() throws Exception {
    String text = Files.readString(CatalogueEvents.FILE, StandardCharsets.UTF_8);
    assertTrue(text.contains(PROPERTY_ANCHOR) && text.contains("\nchanges:\n"), "anchors found in the catalogue");
    return text;
  }

  private static int lineOf(String text, String part) {
    List<String> lines = text.lines().toList();
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        assertEquals(-1, found, "one line contains '" + part + "'");
        found = i + 1;
      }
    }
    assertTrue(found > 0, "a line contains '" + part + "'");
    return found;
  }

  private static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> diagnostic.getMessage(null))
        .toList();
  }

  private Compilation compile(String catalogueText, TelemetryProcessor processor, String productVersion)
      throws Exception {
    Path catalogue = dir.resolve("catalogue.yaml");
    Files.writeString(catalogue, catalogueText);
    List<JavaFileObject> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        files.add(JavaFileObjects.forResource(path.toUri().toURL()));
      }
    }
    return Compiler.javac()
        .withProcessors(processor)
        .withOptions("-Atelemetry.catalogue=" + catalogue, "-Atelemetry.docs=false",
            "-Atelemetry.baseline=" + BASELINE.toAbsolutePath(), "-Atelemetry.productVersion=" + productVersion)
        .withClasspath(List.of(new File(TelemetryEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI())))
        .compile(files);
  }
}
