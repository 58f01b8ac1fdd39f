package dev.telemetry.runtime.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.TelemetryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's module exports what the manual documents and nothing else, needs nothing beyond
 * the JDK, and a product module compiled against it by real javac can use the API but not the
 * internals.
 */
class ModuleBoundaryTest {
  private static final Set<String> DOCUMENTED_API =
      Set.of(
          "dev.telemetry.annotations",
          "dev.telemetry.runtime",
          "dev.telemetry.runtime.event",
          "dev.telemetry.runtime.hash",
          "dev.telemetry.runtime.sink",
          "dev.telemetry.runtime.testing");

  // Every public type of the exported packages, nested ones with $: adding one is a decision
  // (document it in docs/runtime.md, then list it here), not an accident of a package layout.
  private static final Set<String> PUBLIC_TYPES =
      Set.of(
          "dev.telemetry.annotations.Pii",
          "dev.telemetry.annotations.TelemetryCatalogue",
          "dev.telemetry.annotations.TelemetryEvent",
          "dev.telemetry.annotations.TelemetryIgnore",
          "dev.telemetry.annotations.TelemetryProperty",
          "dev.telemetry.runtime.DeliverySettings",
          "dev.telemetry.runtime.DeliveryStats",
          "dev.telemetry.runtime.DropReason",
          "dev.telemetry.runtime.FlushResult",
          "dev.telemetry.runtime.OverflowPolicy",
          "dev.telemetry.runtime.TelemetryClient",
          "dev.telemetry.runtime.TelemetryConfig",
          "dev.telemetry.runtime.TelemetryConfig$Builder",
          "dev.telemetry.runtime.TelemetryListener",
          "dev.telemetry.runtime.WireSettings",
          "dev.telemetry.runtime.event.Checks",
          "dev.telemetry.runtime.event.EventDescriptor",
          "dev.telemetry.runtime.event.EventIndex",
          "dev.telemetry.runtime.event.EventKind",
          "dev.telemetry.runtime.event.EventRejectedException",
          "dev.telemetry.runtime.event.EventWriter",
          "dev.telemetry.runtime.event.GeneratedEventWriter",
          "dev.telemetry.runtime.event.JsonOutput",
          "dev.telemetry.runtime.hash.Hasher",
          "dev.telemetry.runtime.sink.DebugLogSink",
          "dev.telemetry.runtime.sink.EncodedEvent",
          "dev.telemetry.runtime.sink.HttpSink",
          "dev.telemetry.runtime.sink.JsonLinesFileSink",
          "dev.telemetry.runtime.sink.RecordedEvent",
          "dev.telemetry.runtime.sink.RecordingSink",
          "dev.telemetry.runtime.sink.SendOutcome",
          "dev.telemetry.runtime.sink.SendOutcome$Status",
          "dev.telemetry.runtime.sink.Sink",
          "dev.telemetry.runtime.testing.CaptureServer",
          "dev.telemetry.runtime.testing.CaptureServer$Policy",
          "dev.telemetry.runtime.testing.CapturedRequest",
          "dev.telemetry.runtime.testing.Reply");

  @TempDir Path work;

  @Test
  void exportsTheDocumentedPackagesOnlyAndKeepsEverythingElseInternal() throws Exception {
    ModuleDescriptor module = runtimeModule();
    Set<String> exported =
        module.exports().stream()
            .peek(e -> assertFalse(e.isQualified(), "no qualified export: " + e))
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(DOCUMENTED_API), exported);
    for (String hidden : module.packages()) {
      if (!exported.contains(hidden)) {
        assertTrue(hidden.startsWith("dev.telemetry.runtime.internal"), hidden + " is neither exported nor internal");
      }
    }
    assertTrue(module.opens().isEmpty(), "nothing is open to reflection");
  }

  @Test
  void theExportedPackagesHoldTheDocumentedPublicTypesOnly() throws Exception {
    Set<String> found = new TreeSet<>();
    for (String exported : DOCUMENTED_API) {
      try (Stream<Path> files = Files.list(runtimeClasses().resolve(exported.replace('.', '/')))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.equals("package-info.class")) {
            Class<?> type = Class.forName(exported + "." + name.substring(0, name.length() - 6), false, getClass().getClassLoader());
            if (isPublicAllTheWayOut(type)) {
              found.add(type.getName());
            }
          }
        }
      }
    }
    assertEquals(new TreeSet<>(PUBLIC_TYPES), found);
  }

  private static boolean isPublicAllTheWayOut(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void dependsOnTheJdkOnly() throws Exception {
    for (ModuleDescriptor.Requires requires : runtimeModule().requires()) {
      String name = requires.name();
      assertTrue(name.startsWith("java.") || name.startsWith("jdk."), "requires " + name);
      if (!name.equals("java.base")) {
        assertTrue(
            requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC),
            name + " must stay optional (requires static): only the testing kit needs it");
      }
    }
  }

  @Test
  void aProductModuleCompilesAgainstTheApi() throws Exception {
    String errors =
        compileProduct(
            "import dev.telemetry.runtime.TelemetryClient;\n"
                + "import dev.telemetry.runtime.TelemetryConfig;\n"
                + "import dev.telemetry.runtime.sink.RecordingSink;\n"
                + "public class App {\n"
                + "  public static void main(String[] args) {\n"
                + "    RecordingSink sink = new RecordingSink();\n"
                + "    try (TelemetryClient client = TelemetryClient.create(\n"
                + "        TelemetryConfig.builder().library(\"app\", \"1.0\").group(\"org\", \"o\").sink(sink).build())) {\n"
                + "      client.flush(java.time.Duration.ofSeconds(1));\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
    assertEquals("", errors);
  }

  @Test
  void aProductModuleCannotReachTheInternals() throws Exception {
    String errors =
        compileProduct(
            "import dev.telemetry.runtime.internal.encode.EventEncoder;\n"
                + "public class App {\n"
                + "  EventEncoder encoder;\n"
                + "}\n");
    assertTrue(
        errors.contains("package dev.telemetry.runtime.internal.encode is not visible")
            || errors.contains("does not export dev.telemetry.runtime.internal.encode"),
        errors);
  }

  private String compileProduct(String appSource) throws IOException, URISyntaxException {
    Path sources = Files.createDirectories(work.resolve("src/app"));
    Files.writeString(
        sources.resolve("module-info.java"), "module product.app { requires dev.telemetry.runtime; }\n");
    Files.writeString(Files.createDirectories(sources.resolve("app")).resolve("App.java"), "package app;\n" + appSource);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int exit =
        javac.run(
            null, diagnostics, diagnostics,
            "-d", work.resolve("out").toString(),
            "--module-path", runtimeClasses().toString(),
            sources.resolve("module-info.java").toString(),
            sources.resolve("app/App.java").toString());
    return exit == 0 ? "" : diagnostics.toString(StandardCharsets.UTF_8);
  }

  private static ModuleDescriptor runtimeModule() throws URISyntaxException {
    return ModuleFinder.of(runtimeClasses())
        .find("dev.telemetry.runtime")
        .orElseThrow(() -> new AssertionError("target/classes holds no module-info.class"))
        .descriptor();
  }

  // The runtime's compiled classes (target/classes), where its module-info.class is.
  private static Path runtimeClasses() throws URISyntaxException {
    return Path.of(TelemetryClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
