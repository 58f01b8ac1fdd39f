package dev.telemetry.samples;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.telemetry.annotations.TelemetryEvent;
import dev.telemetry.processor.TelemetryProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Shows the checks on the sample itself: the whole sample is compiled with the processor, once as
 * it is (it compiles), and once per forbidden member added to {@code RequestCreated} (it fails
 * with the documented code, on the line of that member).
 */
class ChecksShownTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path EVENT = SOURCES.resolve("dev/telemetry/samples/requests/RequestCreated.java");
  private static final String EVENT_CLASS = "dev.telemetry.samples.requests.RequestCreated";

  /** Where a member is added: after the last telemetry field, and a getter before the first getter. */
  private static final String FIELD_ANCHOR = "  private final int accessGroupsCount;\n";
  private static final String GETTER_ANCHOR = "  /** The request's ID. */\n";

  @Test
  void theSampleAsItIsCompiles() throws Exception {
    Compilation compilation = compile(Files.readString(EVENT, StandardCharsets.UTF_8));

    assertThat(compilation).succeeded();
  }

  @Test
  void anEmailFailsOnItsLine() throws Exception {
    String source =
        withMember(
            "  private final String approverEmail = \"ana.admin@acme.example.com\";\n",
            "  public String getApproverEmail() {\n    return approverEmail;\n  }\n\n");

    assertFailsOnLine(source, "TELEMETRY-PII-NAME", "approverEmail =");
  }

  @Test
  void anIpAddressFailsOnItsLine() throws Exception {
    String source =
        withMember(
            "  private final java.net.InetAddress origin = java.net.InetAddress.getLoopbackAddress();\n",
            "  public java.net.InetAddress getOrigin() {\n    return origin;\n  }\n\n");

    assertFailsOnLine(source, "TELEMETRY-PII-TYPE", "InetAddress origin =");
  }

  @Test
  void aNestedPhoneNumberFailsOnItsLine() throws Exception {
    String source =
        withMember(
            "  private final Approver approver = new Approver(true, \"+44 20 7946 0000\");\n",
            "  public Approver getApprover() {\n    return approver;\n  }\n\n"
                + "  public record Approver(boolean onCall,\n      String phoneNumber) {}\n\n");

    assertFailsOnLine(source, "TELEMETRY-PII-NAME", "String phoneNumber)");
  }

  private static String withMember(String field, String methods) throws IOException {
    String source = Files.readString(EVENT, StandardCharsets.UTF_8);
    assertTrue(source.contains(FIELD_ANCHOR) && source.contains(GETTER_ANCHOR), "anchors found in " + EVENT);
    return source.replace(FIELD_ANCHOR, FIELD_ANCHOR + field).replace(GETTER_ANCHOR, methods + GETTER_ANCHOR);
  }

  private static void assertFailsOnLine(String source, String code, String lineText) throws Exception {
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[" + code + "]")
        .inFile(eventFile(source))
        .onLine(lineOf(source, lineText));
  }

  private static long lineOf(String source, String text) {
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains '" + text + "'");
  }

  /** The whole sample, with {@code RequestCreated} replaced, compiled as Maven compiles it. */
  private static Compilation compile(String eventSource) throws Exception {
    List<JavaFileObject> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        if (!path.equals(EVENT)) {
          files.add(JavaFileObjects.forResource(path.toUri().toURL()));
        }
      }
    }
    files.add(eventFile(eventSource));
    return Compiler.javac()
        .withProcessors(new TelemetryProcessor())
        .withOptions("-Atelemetry.catalogue=" + CatalogueEvents.FILE.toAbsolutePath())
        // Only the runtime: the sample's compiled classes must not stand in for the sources.
        .withClasspath(List.of(codeSource(TelemetryEvent.class)))
        .compile(files);
  }

  private static JavaFileObject eventFile(String source) {
    return JavaFileObjects.forSourceString(EVENT_CLASS, source);
  }

  private static File codeSource(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
