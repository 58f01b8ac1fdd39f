package dev.telemetry.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.processor.writerkit.WriterSkeleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The one generated source that holds the writers of every {@code @TelemetryEvent} class of a
 * package, as nested classes of {@value #WRITERS_CLASS}: one source per package rather than one per
 * class, because each generated source costs javac's Filer a lookup and the compile a file to
 * create, parse and enter again in every later round.
 */
public final class WritersFile {
  /** The simple name of the class that holds a package's writers. */
  public static final String WRITERS_CLASS = "TelemetryWriters";

  private WritersFile() {}

  /** The class that holds the writers of {@code packageName}. */
  public static ClassName writersClass(String packageName) {
    return ClassName.get(packageName, WRITERS_CLASS);
  }

  /**
   * The source of {@code packageName}'s writers class.
   *
   * @param packageName the package of the event classes
   * @param writers their writers (see {@link EventWriterGenerator#generate}), in any order
   * @param originating the event classes whose sources the writers come from, for incremental builds
   */
  public static JavaFile generate(
      String packageName, Collection<TypeSpec> writers, Collection<? extends Element> originating) {
    List<TypeSpec> sorted = writers.stream().sorted(Comparator.comparing(TypeSpec::name)).toList();
    TypeSpec.Builder type = TypeSpec.classBuilder(writersClass(packageName))
        .addJavadoc("The writers of the {@code @TelemetryEvent} classes of this package, one nested class per\n"
            + "event class; the event index creates them.\n")
        .addAnnotation(WriterSkeleton.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addTypes(sorted);
    originating.forEach(type::addOriginatingElement);
    return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).build();
  }
}
