package dev.telemetry.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.telemetry.processor.constraint.ConstraintChecks;
import dev.telemetry.processor.model.JavaTypes;
import dev.telemetry.processor.writerkit.WriterSkeleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides what a writer's {@code snapshot(event)} returns, and generates it, for an annotated event
 * class:
 *
 * <ul>
 *   <li>a record whose components are all deeply immutable (primitives and their boxes, strings,
 *       enums, {@code java.time} values, UUIDs, {@code Optional}s of those, and such records) is
 *       returned itself, by the base writer's {@code snapshot}, told so by the writer's constructor;
 *   <li>a record that also holds {@code List}s (at any depth, of such values or records) is returned
 *       itself when every list is already unmodifiable ({@code List.copyOf} returns it as it is, a
 *       cheap check), and otherwise rebuilt, record by record, through its canonical constructor
 *       with unmodifiable copies of its lists. Records are transparent carriers, so the copy is
 *       equal to the event; the canonical constructor runs again, with the same values;
 *   <li>anything else (classes read through getters or fields, arrays, sets, other types, a record
 *       whose canonical constructor the writer cannot call) gets the base writer's {@code snapshot},
 *       which returns null, so the runtime encodes the event at once.
 * </ul>
 */
final class SnapshotGenerator {
  private static final Set<String> IMMUTABLE_CLASSES = Set.of(
      "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Integer",
      "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Character",
      "java.time.Instant", "java.time.Duration", "java.time.LocalDate", "java.time.LocalDateTime",
      "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.util.UUID",
      "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble");

  /** How a type may be snapshotted. */
  private enum Kind {
    /** Can never change: shared as it is. */
    IMMUTABLE,
    /** Can change only through its lists: snapshotted by copying them when they are modifiable. */
    LISTS,
    /** May change in ways a snapshot cannot rule out. */
    MUTABLE
  }

  private final Elements elements;
  private final Types types;
  private final ClassName writerClass;
  private final UnaryOperator<String> methodNames;
  private final Consumer<Element> uses;
  private final Map<TypeElement, Kind> kinds = new HashMap<>();
  private final Set<TypeElement> visiting = new HashSet<>();
  private final Map<TypeElement, String> recordMethods = new LinkedHashMap<>();
  private final List<TypeElement> recordsReached = new ArrayList<>();

  /**
   * @param elements javac's element utilities
   * @param types javac's type utilities
   * @param writerClass the writer, from whose package constructors are called
   * @param methodNames hands out a free method name for a wanted one
   * @param uses told of every constructor and accessor the snapshot calls (for deprecation)
   */
  SnapshotGenerator(
      Elements elements, Types types, ClassName writerClass, UnaryOperator<String> methodNames, Consumer<Element> uses) {
    this.elements = elements;
    this.types = types;
    this.writerClass = writerClass;
    this.methodNames = methodNames;
    this.uses = uses;
  }

  /**
   * How the writer of {@code eventClass} snapshots its events.
   *
   * @param immutable whether the events cannot change once built, so that the base writer's {@code
   *     snapshot} returns them as they are
   * @param methods the writer's copying {@code snapshot(event)} and the helpers that snapshot
   *     nested records; empty when the base writer's {@code snapshot} serves
   */
  record Snapshot(boolean immutable, List<MethodSpec> methods) {}

  /** How the writer of {@code eventClass} snapshots its events, with the methods it needs for that. */
  Snapshot snapshot(TypeElement eventClass, WriterSkeleton skeleton) {
    Kind kind = eventClass.getKind() == ElementKind.RECORD ? kind(eventClass.asType()) : Kind.MUTABLE;
    if (kind != Kind.LISTS) {
      return new Snapshot(kind == Kind.IMMUTABLE, List.of());
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(skeleton.snapshot(copy(eventClass, "event", false)));
    for (int i = 0; i < recordsReached.size(); i++) {
      TypeElement record = recordsReached.get(i);
      methods.add(MethodSpec.methodBuilder(recordMethods.get(record))
          .addJavadoc("An equal {@code $L} that cannot change: the same one when its lists cannot either.\n",
              record.getSimpleName())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(ClassName.get(record))
          .addParameter(ClassName.get(record), "value")
          .addCode(copy(record, "value", true))
          .build());
    }
    return new Snapshot(false, methods);
  }

  /** Statements returning {@code source} itself when its lists cannot change, else a copy with unmodifiable lists. */
  private CodeBlock copy(TypeElement record, String source, boolean nullable) {
    NameAllocator locals = new NameAllocator();
    locals.newName(source, source);
    CodeBlock.Builder code = CodeBlock.builder();
    if (nullable) {
      code.beginControlFlow("if ($N == null)", source).addStatement("return null").endControlFlow();
    }
    List<CodeBlock> arguments = new ArrayList<>();
    List<CodeBlock> unchanged = new ArrayList<>();
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(record.getEnclosedElements())) {
      uses.accept(component.getAccessor());
      CodeBlock read = CodeBlock.of("$N.$N()", source, component.getAccessor().getSimpleName().toString());
      CodeBlock snapshot = snapshotOf(component.asType(), read);
      if (snapshot == null) {
        arguments.add(read);
        continue;
      }
      String local = locals.newName(component.getSimpleName().toString());
      code.addStatement("$T $N = $L", TypeName.get(component.asType()), local, snapshot);
      arguments.add(CodeBlock.of("$N", local));
      unchanged.add(CodeBlock.of("$N == $L", local, read));
    }
    uses.accept(canonicalConstructor(record));
    return code.beginControlFlow("if ($L)", CodeBlock.join(unchanged, " &&$W"))
        .addStatement("return $N", source)
        .endControlFlow()
        .add("// Records are transparent carriers: the canonical constructor runs again, with equal values.\n")
        .addStatement("return new $T($L)", ClassName.get(record), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  /** The expression that snapshots a value read by {@code read}, or null when it is immutable as it is. */
  private CodeBlock snapshotOf(TypeMirror type, CodeBlock read) {
    if (kind(type) == Kind.IMMUTABLE) {
      return null;
    }
    if (JavaTypes.is(type, "java.util.List")) {
      TypeMirror item = ((DeclaredType) type).getTypeArguments().get(0);
      if (kind(item) == Kind.IMMUTABLE) {
        return CodeBlock.of("$T.unmodifiable($L)", ConstraintChecks.CHECKS, read);
      }
      return CodeBlock.of("$T.unmodifiable($L, $T::$N)", ConstraintChecks.CHECKS, read, writerClass,
          recordMethod(JavaTypes.element(item)));
    }
    return CodeBlock.of("$N($L)", recordMethod(JavaTypes.element(type)), read);
  }

  private String recordMethod(TypeElement record) {
    return recordMethods.computeIfAbsent(record, key -> {
      recordsReached.add(key);
      return methodNames.apply("snapshot" + key.getSimpleName());
    });
  }

  private Kind kind(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return Kind.IMMUTABLE;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Kind.MUTABLE;
    }
    TypeElement element = JavaTypes.element(type);
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    String name = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.ENUM || IMMUTABLE_CLASSES.contains(name)) {
      return Kind.IMMUTABLE;
    }
    if (name.equals("java.util.Optional")) {
      return arguments.size() == 1 && kind(arguments.get(0)) == Kind.IMMUTABLE ? Kind.IMMUTABLE : Kind.MUTABLE;
    }
    if (name.equals("java.util.List")) {
      if (arguments.size() != 1) {
        return Kind.MUTABLE;
      }
      // Lists of lists are left out: their items would need copies of their own.
      Kind item = kind(arguments.get(0));
      boolean recordItem = item == Kind.LISTS && JavaTypes.element(arguments.get(0)).getKind() == ElementKind.RECORD;
      return item == Kind.IMMUTABLE || recordItem ? Kind.LISTS : Kind.MUTABLE;
    }
    if (element.getKind() != ElementKind.RECORD || !element.getTypeParameters().isEmpty()) {
      return Kind.MUTABLE;
    }
    return recordKind(element);
  }

  private Kind recordKind(TypeElement record) {
    Kind known = kinds.get(record);
    if (known != null) {
      return known;
    }
    if (!visiting.add(record)) {
      // A record that holds itself, at some depth: its snapshot would have no end.
      return Kind.MUTABLE;
    }
    Kind kind = Kind.IMMUTABLE;
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(record.getEnclosedElements())) {
      Kind componentKind = kind(component.asType());
      if (componentKind == Kind.MUTABLE) {
        kind = Kind.MUTABLE;
        break;
      }
      if (componentKind == Kind.LISTS) {
        kind = Kind.LISTS;
      }
    }
    if (kind == Kind.LISTS && !(accessible(record) && accessible(canonicalConstructor(record)))) {
      kind = Kind.MUTABLE;
    }
    visiting.remove(record);
    kinds.put(record, kind);
    return kind;
  }

  private ExecutableElement canonicalConstructor(TypeElement record) {
    List<? extends RecordComponentElement> components = ElementFilter.recordComponentsIn(record.getEnclosedElements());
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      if (constructor.getParameters().size() != components.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < components.size() && same; i++) {
        same = types.isSameType(types.erasure(constructor.getParameters().get(i).asType()),
            types.erasure(components.get(i).asType()));
      }
      if (same) {
        return constructor;
      }
    }
    throw new IllegalStateException("record " + record.getQualifiedName() + " has no canonical constructor");
  }

  /** Whether the writer's package may use {@code element}, and every class around it. */
  private boolean accessible(Element element) {
    for (Element current = element; current != null && !(current instanceof PackageElement);
        current = current.getEnclosingElement()) {
      Set<Modifier> modifiers = current.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)
          || !modifiers.contains(Modifier.PUBLIC) && !elements.getPackageOf(current).getQualifiedName().contentEquals(writerClass.packageName())) {
        return false;
      }
    }
    return true;
  }
}
