package dev.telemetry.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles sources with the telemetry processor through real javac, for tests. */
final class TelemetryCompiler {
  private TelemetryCompiler() {}

  /** javac with the processor and nothing else. */
  static Compiler javac() {
    return Compiler.javac().withProcessors(new TelemetryProcessor());
  }

  /** Compiles {@code sources} against the catalogue at {@code catalogue}, given by option. */
  static Compilation compile(Path catalogue, JavaFileObject... sources) {
    return javac().withOptions("-Atelemetry.catalogue=" + catalogue).compile(sources);
  }

  /** Compiles {@code sources} against the test catalogue {@code catalogues/<name>}. */
  static Compilation compile(String catalogueName, JavaFileObject... sources) {
    return compile(resource("catalogues/" + catalogueName), sources);
  }

  /** A test resource as a file. */
  static Path resource(String name) {
    URL url = TelemetryCompiler.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A source file from lines. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** Every diagnostic as {@code file:line: kind: message}, one a line, as javac would print them. */
  static String diagnosticsText(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(TelemetryCompiler::describe)
        .collect(Collectors.joining("\n"));
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String file = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
    return file + diagnostic.getKind().toString().toLowerCase(Locale.ROOT) + ": " + diagnostic.getMessage(Locale.ROOT);
  }

  /** The class path of the tests, plus {@code extra} first. */
  static List<java.io.File> classPathWith(Path... extra) {
    List<java.io.File> entries = new ArrayList<>();
    for (Path path : extra) {
      entries.add(path.toFile());
    }
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      entries.add(new java.io.File(entry));
    }
    return entries;
  }
}
