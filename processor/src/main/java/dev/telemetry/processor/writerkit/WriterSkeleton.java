package dev.telemetry.processor.writerkit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Expiry;
import dev.telemetry.processor.constraint.ConstraintChecks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.GeneratedEventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import javax.lang.model.element.Modifier;

/**
 * The skeleton of one generated {@link EventWriter}: a {@link GeneratedEventWriter} with its Javadoc
 * and its {@code @Generated}, the public no-argument constructor that hands the base class the
 * event class, its {@link EventDescriptor} (name, kind, group, hash prefix, purpose) and whether
 * the events are immutable, and the signatures of {@code distinctId(event)}, {@code
 * writeProperties(event, out)} and a copying {@code snapshot(event)}. The base class answers
 * {@code descriptor()}, {@code eventClass()} and the {@code snapshot} of immutable events, which
 * keeps every writer, and so the code javac compiles per event, small.
 *
 * <p>Both writer generators build on it, the one for generated event records and the one for
 * {@code @TelemetryEvent} classes, so that their writers look alike; each supplies only how its
 * values are read.
 */
public final class WriterSkeleton {
  /** The processor that generated a source, as {@code @Generated} names it. */
  public static final String GENERATOR = "dev.telemetry.processor.TelemetryProcessor";

  /** The method names that the skeleton declares; a generator must not give them to methods of its own. */
  public static final List<String> METHOD_NAMES = List.of("descriptor", "eventClass", "distinctId", "writeProperties", "snapshot");

  /** Longest piece of a string literal before it is split over lines. */
  private static final int LITERAL_PIECE = 64;

  private final EventSpec event;
  private final String purpose;
  private final ClassName eventClass;

  /**
   * @param event the catalogue event the writer writes
   * @param purpose why the event is collected, as the catalogue states it
   * @param eventClass the Java class of the events
   */
  public WriterSkeleton(EventSpec event, String purpose, ClassName eventClass) {
    this.event = event;
    this.purpose = purpose;
    this.eventClass = eventClass;
  }

  /** The {@code @Generated} annotation that every source this processor generates carries. */
  public static AnnotationSpec generatedAnnotation() {
    return AnnotationSpec.builder(Generated.class).addMember("value", "$S", GENERATOR).build();
  }

  /** The constraint checks of this writer, which add the constants they need to it. */
  public ConstraintChecks constraintChecks() {
    return new ConstraintChecks(List.of());
  }

  /**
   * The writer class {@code writerClass} with everything but {@code distinctId} and {@code
   * writeProperties}, which the generator adds (see {@link #distinctId} and {@link
   * #writeProperties}) along with its helpers and any copying {@link #snapshot}; {@code immutable}
   * tells the base class that events cannot change once built, so that its {@code snapshot}
   * returns them as they are.
   */
  public TypeSpec.Builder writerClass(ClassName writerClass, boolean immutable) {
    return writerBody(TypeSpec.classBuilder(writerClass)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(generatedAnnotation()), immutable);
  }

  /**
   * Like {@link #writerClass}, but a {@code public static final} class to nest in a generated
   * class, which carries the {@code @Generated} for it.
   */
  public TypeSpec.Builder nestedWriterClass(ClassName writerClass, boolean immutable) {
    return writerBody(TypeSpec.classBuilder(writerClass).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL), immutable);
  }

  private TypeSpec.Builder writerBody(TypeSpec.Builder writer, boolean immutable) {
    return writer
        .superclass(ParameterizedTypeName.get(ClassName.get(GeneratedEventWriter.class), eventClass))
        .addJavadoc("Writes {@link $T} as the catalogue event {@code $L},\nwithout reflection.\n", eventClass, event.name())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Creates the writer; it holds no state, so one instance serves every event.\n")
            .addStatement("super($T.class, $L, $L)", eventClass, descriptor(), immutable)
            .build());
  }

  /**
   * {@code distinctId(event)}, returning {@code value}: an expression of the distinct ID as text,
   * read from the parameter {@code event}.
   */
  public MethodSpec distinctId(CodeBlock value) {
    return distinctIdMethod().addStatement("return $L", value).build();
  }

  /**
   * {@code distinctId(event)} of a writer that does not read the ID from the event, returning null
   * with a comment that says why: the client is given it, or the event has none.
   */
  public MethodSpec noDistinctId() {
    String why = event.distinctId() instanceof DistinctId.Given
        ? "The ID is given to the client when the event is tracked."
        : "The event has no distinct ID of its own.";
    return distinctIdMethod().addComment(why).addStatement("return null").build();
  }

  /** {@code writeProperties(event, out)}, whose body is {@code statements}. */
  public MethodSpec writeProperties(CodeBlock statements) {
    return MethodSpec.methodBuilder("writeProperties")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(eventClass, "event")
        .addParameter(JsonOutput.class, "out")
        .addCode(statements)
        .build();
  }

  /**
   * {@code snapshot(event)} whose body is {@code statements}: they return an equal event that cannot
   * change (the event itself when it already cannot).
   */
  public MethodSpec snapshot(CodeBlock statements) {
    return snapshotMethod().addCode(statements).build();
  }

  private MethodSpec.Builder snapshotMethod() {
    return MethodSpec.methodBuilder("snapshot")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(eventClass)
        .addParameter(eventClass, "event");
  }

  private MethodSpec.Builder distinctIdMethod() {
    return MethodSpec.methodBuilder("distinctId")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addParameter(eventClass, "event");
  }

  /** The descriptor's constructor call, one argument a line, which the {@code super} statement indents. */
  private CodeBlock descriptor() {
    String distinctIdPrefix = event.distinctId() == null ? null : event.distinctId().hashPrefix();
    return CodeBlock.builder()
        .add("new $T(\n", EventDescriptor.class)
        .add("$S,\n", event.name())
        .add("$T.$L,\n", EventKind.class, event.kind().toRuntime().name())
        .add("$L,\n", literal(event.group()))
        .add("$L,\n", literal(distinctIdPrefix))
        .add("$L", literal(purpose))
        .add(expiresAfter())
        .add(")")
        .build();
  }

  /** The expiry date argument, only for events with an {@code expires} date (the others keep their source). */
  private CodeBlock expiresAfter() {
    if (!(event.lifecycle().expiry() instanceof Expiry.OnDate onDate)) {
      return CodeBlock.of("");
    }
    LocalDate date = onDate.date();
    return CodeBlock.of(",\n$T.of($L, $L, $L)", LocalDate.class, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** A string literal, split into pieces at spaces when it is long, so that lines stay short. */
  private static CodeBlock literal(String text) {
    if (text == null) {
      return CodeBlock.of("null");
    }
    List<CodeBlock> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > LITERAL_PIECE) {
      int cut = text.lastIndexOf(' ', start + LITERAL_PIECE);
      if (cut <= start) {
        break;
      }
      pieces.add(CodeBlock.of("$S", text.substring(start, cut + 1)));
      start = cut + 1;
    }
    pieces.add(CodeBlock.of("$S", text.substring(start)));
    CodeBlock.Builder joined = CodeBlock.builder().add(pieces.get(0)).indent();
    for (CodeBlock piece : pieces.subList(1, pieces.size())) {
      joined.add("\n+ $L", piece);
    }
    return joined.unindent().build();
  }
}
