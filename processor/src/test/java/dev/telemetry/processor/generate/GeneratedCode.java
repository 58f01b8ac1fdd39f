package dev.telemetry.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.JavaFile;
import dev.telemetry.runtime.event.EventWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles generated sources with real javac, strictly, and loads the classes it produced. */
final class GeneratedCode {
  static final String PACKAGE = "com.example.telemetry";

  private GeneratedCode() {}

  /** Compiles the sources under {@code -Xlint:all -Werror}, with only the runtime on the class path. */
  static Compilation compile(GeneratedSources sources, JavaFileObject... extra) {
    List<JavaFileObject> files = new ArrayList<>();
    for (JavaFile file : sources.files()) {
      files.add(file.toJavaFileObject());
    }
    files.addAll(List.of(extra));
    return Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "--release", "17")
        .withClasspath(List.of(runtimeClasses()))
        .compile(files);
  }

  /** Compiles the sources, fails the test on any diagnostic, and loads the classes. */
  static ClassLoader load(GeneratedSources sources) {
    Compilation compilation = compile(sources);
    assertWithMessage("diagnostics: %s", compilation.diagnostics())
        .that(compilation.diagnostics()).isEmpty();
    return new MemoryClassLoader(compilation.generatedFiles(), GeneratedCode.class.getClassLoader());
  }

  private static File runtimeClasses() {
    try {
      return new File(EventWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Defines classes from compiled bytes; the runtime's classes come from the parent, so they are shared with the test. */
  private static final class MemoryClassLoader extends ClassLoader {
    private static final String OUTPUT = "CLASS_OUTPUT/";
    private final Map<String, byte[]> classes = new HashMap<>();

    MemoryClassLoader(List<JavaFileObject> generated, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : generated) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String binaryName = path.substring(path.indexOf(OUTPUT) + OUTPUT.length(), path.length() - ".class".length())
              .replace('/', '.');
          try (InputStream in = file.openInputStream()) {
            classes.put(binaryName, in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
