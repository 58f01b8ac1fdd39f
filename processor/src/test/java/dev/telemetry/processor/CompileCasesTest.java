package dev.telemetry.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every compile case: a folder with {@code catalogue.yaml}, Java sources under {@code src/},
 * and {@code expect}. Line 1 of {@code expect} is {@code pass} or {@code fail}; for {@code fail},
 * line 2 is a regular expression that the diagnostics must match, and any further lines
 * {@code at FILE:LINE} name where an error must be.
 *
 * <p>The shared cases sit beside the checkout ({@code ../shared/compile-cases}); when that folder
 * is absent their test reports itself skipped. The project's own cases are test resources.
 */
class CompileCasesTest {
  @TestFactory
  Stream<DynamicTest> sharedCompileCases() {
    Path shared = sharedCasesFolder();
    if (shared == null) {
      return Stream.of(DynamicTest.dynamicTest("shared compile cases", () ->
          Assumptions.abort("../shared/compile-cases is not beside the checkout")));
    }
    return cases(shared);
  }

  @TestFactory
  Stream<DynamicTest> ownCompileCases() {
    return cases(TelemetryCompiler.resource("cases"));
  }

  private static Stream<DynamicTest> cases(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(path -> Files.isRegularFile(path.resolve("expect")))
          .sorted()
          .toList()
          .stream()
          .map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> run(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(Path folder) throws IOException {
    List<String> expect = Files.readAllLines(folder.resolve("expect"));
    Compilation compilation = TelemetryCompiler.compile(folder.resolve("catalogue.yaml"), sources(folder.resolve("src")));
    String diagnostics = TelemetryCompiler.diagnosticsText(compilation);
    if (expect.get(0).strip().equals("pass")) {
      assertEquals(Compilation.Status.SUCCESS, compilation.status(), "expected a clean compile, got:\n" + diagnostics);
      return;
    }
    assertEquals(Compilation.Status.FAILURE, compilation.status(), "expected the compile to fail, got:\n" + diagnostics);
    Pattern pattern = Pattern.compile(expect.get(1).strip());
    assertTrue(pattern.matcher(diagnostics).find(), "no diagnostic matches /" + pattern + "/ in:\n" + diagnostics);
    for (String line : expect.subList(2, expect.size())) {
      if (line.startsWith("at ")) {
        String[] place = line.substring(3).strip().split(":");
        boolean found = compilation.errors().stream().anyMatch(error -> isAt(error, place[0], Long.parseLong(place[1])));
        assertTrue(found, "no error at " + line.substring(3) + " in:\n" + diagnostics);
      }
    }
  }

  private static boolean isAt(Diagnostic<? extends JavaFileObject> error, String file, long line) {
    return error.getSource() != null && error.getSource().getName().endsWith("/" + file) && error.getLineNumber() == line;
  }

  private static JavaFileObject[] sources(Path src) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(src)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        String name = src.relativize(file).toString().replace('\\', '/');
        String qualified = name.substring(0, name.length() - ".java".length()).replace('/', '.');
        sources.add(JavaFileObjects.forSourceString(qualified, Files.readString(file)));
      }
    }
    return sources.toArray(new JavaFileObject[0]);
  }

  /** {@code shared/compile-cases} beside the checkout, found by walking up from the working directory. */
  static Path sharedCasesFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate : List.of(dir.resolve("shared/compile-cases"), dir.resolveSibling("shared/compile-cases"))) {
        if (dir.getParent() != null && Files.isDirectory(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
