package dev.telemetry.processor.index;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.processor.writerkit.WriterSkeleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates the module's event index: the runtime's {@code EventIndex} implementation that lists
 * one writer per event class, found by the runtime with one {@code ServiceLoader} lookup.
 */
public final class EventIndexGenerator {
  /** The service registration file, in the class output. */
  public static final String SERVICE_FILE = "META-INF/services/dev.telemetry.runtime.event.EventIndex";

  /**
   * The public constant of the generated index that lists the annotated event classes it was built
   * from; read back in partial compiles (see {@link PreviousIndex}).
   */
  public static final String ANNOTATED_CLASSES_CONSTANT = "ANNOTATED_EVENT_CLASSES";

  private static final ClassName EVENT_INDEX = ClassName.get("dev.telemetry.runtime.event", "EventIndex");
  private static final ClassName EVENT_WRITER = ClassName.get("dev.telemetry.runtime.event", "EventWriter");

  private EventIndexGenerator() {}

  /** The index class of a catalogue: {@code <Namespace>EventIndex} in the generated package. */
  public static ClassName indexName(String generatedPackage, String namespace) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : namespace.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "Telemetry");
    }
    return ClassName.get(generatedPackage, name + "EventIndex");
  }

  /**
   * Generates the index.
   *
   * @param index the index class name
   * @param catalogue the catalogue
   * @param writers every writer class, annotated and generated
   * @param annotatedClasses the qualified names of the annotated event classes
   * @param originating the annotated classes, for incremental builds
   */
  public static JavaFile generate(
      ClassName index,
      Catalogue catalogue,
      Collection<ClassName> writers,
      Collection<String> annotatedClasses,
      Collection<? extends Element> originating) {
    TypeName writerType = ParameterizedTypeName.get(EVENT_WRITER, WildcardTypeName.subtypeOf(Object.class));
    TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), writerType);
    List<CodeBlock> instances = new ArrayList<>();
    for (ClassName writer : new TreeSet<>(writers)) {
      instances.add(CodeBlock.of("new $T()", writer));
    }
    CodeBlock list = instances.isEmpty()
        ? CodeBlock.of("$T.of()", List.class)
        : CodeBlock.of("$T.of(\n$>$>$L)$<$<", List.class, CodeBlock.join(instances, ",\n"));
    TypeSpec.Builder type = TypeSpec.classBuilder(index)
        .addJavadoc("Every event of the {@code $L} catalogue ($L) that this module can send.\n", catalogue.namespace(), catalogue.product())
        .addAnnotation(WriterSkeleton.generatedAnnotation())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(EVENT_INDEX)
        .addField(FieldSpec.builder(String.class, ANNOTATED_CLASSES_CONSTANT, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The @TelemetryEvent classes this index was built with; the processor reads them back when javac\n"
                + "compiles only some files.\n")
            .initializer("$S", String.join(",", new TreeSet<>(annotatedClasses)))
            .build())
        .addField(FieldSpec.builder(listType, "WRITERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(list)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the index; the runtime finds it through {@link java.util.ServiceLoader}.\n")
            .addModifiers(Modifier.PUBLIC)
            .build())
        .addMethod(MethodSpec.methodBuilder("namespace")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", catalogue.namespace())
            .build())
        .addMethod(MethodSpec.methodBuilder("hashing")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", catalogue.hashing().key())
            .build())
        .addMethod(MethodSpec.methodBuilder("writers")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(listType)
            .addStatement("return WRITERS")
            .build());
    originating.forEach(type::addOriginatingElement);
    return JavaFile.builder(index.packageName(), type.build()).skipJavaLangImports(true).build();
  }
}
