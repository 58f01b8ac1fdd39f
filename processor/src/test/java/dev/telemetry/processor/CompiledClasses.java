package dev.telemetry.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes of a compile-testing compilation, so that tests can run generated code. */
final class CompiledClasses extends ClassLoader {
  private final Map<String, JavaFileObject> classFiles = new HashMap<>();

  /**
   * The classes of {@code compilations}; a class compiled again by a later one replaces the earlier,
   * as when a class is changed and compiled separately from the classes that use it.
   */
  CompiledClasses(Compilation... compilations) {
    super(CompiledClasses.class.getClassLoader());
    for (Compilation compilation : compilations) {
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length());
          classFiles.put(name.replace('/', '.'), file);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JavaFileObject file = classFiles.get(name);
    if (file == null) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new instance of a compiled class, through its public constructor with these arguments. */
  Object construct(String className, Object... arguments) throws ReflectiveOperationException {
    Class<?> type = loadClass(className);
    for (var constructor : type.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == arguments.length) {
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
      }
    }
    throw new NoSuchMethodException(className + " with " + arguments.length + " arguments");
  }
}
