package dev.telemetry.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.processor.constraint.ConstraintChecks;
import dev.telemetry.processor.model.Encoding;
import dev.telemetry.processor.model.Encoding.Presence;
import dev.telemetry.processor.model.WriterPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates the reflection-free writer of one checked event class: a class in the event class's
 * package (so package-private accessors work) that implements the runtime's {@code EventWriter},
 * and checks every value against the constraints of its catalogue property (see {@link
 * ConstraintChecks}).
 */
public final class EventWriterGenerator {
  /** The value of {@code @Generated} on every generated class. */
  public static final String GENERATOR = "dev.telemetry.processor.TelemetryProcessor";

  static final String RUNTIME = "dev.telemetry.runtime.event";
  static final ClassName EVENT_WRITER = ClassName.get(RUNTIME, "EventWriter");
  static final ClassName EVENT_DESCRIPTOR = ClassName.get(RUNTIME, "EventDescriptor");
  static final ClassName EVENT_KIND = ClassName.get(RUNTIME, "EventKind");
  static final ClassName JSON_OUTPUT = ClassName.get(RUNTIME, "JsonOutput");
  static final ClassName EVENT_REJECTED = ClassName.get(RUNTIME, "EventRejectedException");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final Elements elements;

  /** A generator that asks {@code elements} which members are deprecated. */
  public EventWriterGenerator(Elements elements) {
    this.elements = elements;
  }

  /** The writer class of {@code eventClass}: {@code <Outer_Inner>TelemetryWriter} in the same package. */
  public static ClassName writerName(TypeElement eventClass) {
    ClassName event = ClassName.get(eventClass);
    return ClassName.get(event.packageName(), String.join("_", event.simpleNames()) + "TelemetryWriter");
  }

  /** The {@code @Generated} annotation that every generated type carries. */
  public static AnnotationSpec generatedAnnotation() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
  }

  /** Generates the writer. */
  public JavaFile generate(WriterPlan plan) {
    return new WriterBuilder(plan).build();
  }

  /** The state of one writer being generated: the helper methods it needs. */
  private final class WriterBuilder {
    private final WriterPlan plan;
    private final ClassName eventClass;
    private final NameAllocator helperNames = new NameAllocator();
    private final Map<Object, MethodSpec> helpers = new LinkedHashMap<>();
    private final ConstraintChecks checks = new ConstraintChecks(helperNames::newName, List.of("DESCRIPTOR"));
    private boolean deprecatedUse;
    private boolean requireUsed;

    WriterBuilder(WriterPlan plan) {
      this.plan = plan;
      this.eventClass = ClassName.get(plan.eventClass());
      for (String reserved : List.of("descriptor", "eventClass", "distinctId", "writeProperties", "require")) {
        helperNames.newName(reserved, reserved);
      }
      for (String reserved : ConstraintChecks.HELPER_NAMES) {
        helperNames.newName(reserved, reserved);
      }
      deprecatedUse = elements.isDeprecated(plan.eventClass());
    }

    JavaFile build() {
      EventSpec event = plan.event();
      MethodSpec writeProperties = MethodSpec.methodBuilder("writeProperties")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .addParameter(eventClass, "event")
          .addParameter(JSON_OUTPUT, "out")
          .addCode(fields(plan.fields(), "event", event.name() + ": ", new NameAllocator()))
          .build();
      TypeSpec.Builder type = TypeSpec.classBuilder(writerName(plan.eventClass()))
          .addJavadoc("Writes {@link $T} as the catalogue event {@code $L}, without reflection.\n", eventClass, event.name())
          .addAnnotation(generatedAnnotation())
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .addSuperinterface(ParameterizedTypeName.get(EVENT_WRITER, eventClass))
          .addOriginatingElement(plan.eventClass())
          .addField(descriptorField())
          .addMethod(MethodSpec.constructorBuilder()
              .addJavadoc("Creates the writer; the generated event index holds one instance.\n")
              .addModifiers(Modifier.PUBLIC)
              .build())
          .addMethod(MethodSpec.methodBuilder("descriptor")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(EVENT_DESCRIPTOR)
              .addStatement("return DESCRIPTOR")
              .build())
          .addMethod(MethodSpec.methodBuilder("eventClass")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(ClassName.get(Class.class), eventClass))
              .addStatement("return $T.class", eventClass)
              .build())
          .addMethod(distinctId())
          .addMethod(writeProperties)
          .addMethods(helpers.values());
      checks.addTo(type);
      if (requireUsed) {
        type.addMethod(require());
      }
      if (deprecatedUse) {
        type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "{$S, $S}", "deprecation", "removal")
            .build());
      }
      return JavaFile.builder(eventClass.packageName(), type.build()).skipJavaLangImports(true).build();
    }

    private FieldSpec descriptorField() {
      EventSpec event = plan.event();
      return FieldSpec.builder(EVENT_DESCRIPTOR, "DESCRIPTOR", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer(
              "new $T(\n$>$>$S,\n$T.$L,\n$S,\n$S,\n$S)$<$<",
              EVENT_DESCRIPTOR,
              event.name(),
              EVENT_KIND,
              event.kind().toRuntime().name(),
              event.group(),
              event.distinctId() == null ? null : event.distinctId().hashPrefix(),
              plan.purpose())
          .build();
    }

    private MethodSpec distinctId() {
      MethodSpec.Builder method = MethodSpec.methodBuilder("distinctId")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addParameter(eventClass, "event");
      Encoding.Field field = plan.distinctId();
      if (field == null) {
        String why = plan.event().distinctId() instanceof DistinctId.Given
            ? "The ID is given to the client when the event is tracked."
            : "The event has no distinct ID of its own.";
        return method.addComment(why).addStatement("return null").build();
      }
      use(field.member().read().element());
      String read = field.member().read().on("event");
      Encoding.Value value = field.value();
      boolean text = value.encoding() instanceof Encoding.Hashed hashed && hashed.form() == Encoding.HashedForm.TEXT;
      return switch (value.presence()) {
        case PRIMITIVE -> method.addStatement("return $T.valueOf($L)", String.class, read).build();
        case REQUIRED, NULLABLE -> text
            ? method.addStatement("return $L", read).build()
            : method.addStatement("return $T.toString($L, null)", Objects.class, read).build();
        case OPTIONAL -> method.addStatement("return $L.map($T::valueOf).orElse(null)", read, String.class).build();
        case OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE -> method
            .addStatement("return $L.isPresent() ? $T.valueOf($L.$L()) : null", read, String.class, read, getter(value.presence()))
            .build();
      };
    }

    /** Statements writing every field of an object read from the variable {@code source}. */
    private CodeBlock fields(List<Encoding.Field> fields, String source, String labelPrefix, NameAllocator locals) {
      locals.newName("out", "out");
      locals.newName(source, source);
      CodeBlock.Builder code = CodeBlock.builder();
      for (Encoding.Field field : fields) {
        use(field.member().read().element());
        String label = labelPrefix + field.property();
        String read = field.member().read().on(source);
        Encoding.Value value = field.value();
        switch (value.presence()) {
          case PRIMITIVE -> write(code, named(field), value, CodeBlock.of("$L", read), label, locals);
          case REQUIRED -> write(code, named(field), value, required(value, read, label), label, locals);
          default -> {
            String local = locals.newName(field.member().javaName());
            code.addStatement("$T $N = $L", TypeName.get(field.member().type()), local, read);
            code.beginControlFlow("if ($L)", present(value.presence(), local));
            CodeBlock inside = value.presence() == Presence.NULLABLE
                ? CodeBlock.of("$N", local)
                : CodeBlock.of("$N.$L()", local, getter(value.presence()));
            write(code, named(field), value, inside, label, locals);
            code.endControlFlow();
          }
        }
      }
      return code.build();
    }

    /** The expression of a required reference value: checked for null unless the output rejects null itself. */
    private CodeBlock required(Encoding.Value value, String read, String label) {
      if (value.encoding() instanceof Encoding.Hashed hashed && hashed.form() == Encoding.HashedForm.TEXT) {
        return CodeBlock.of("$L", read);
      }
      requireUsed = true;
      return CodeBlock.of("require($L, $S)", read, label);
    }

    /**
     * Statements writing one value after {@code target} (an expression that yields the output,
     * positioned), checked against the constraints of its property; {@code label} names the event
     * and the value's path in rejection reasons.
     */
    private void write(
        CodeBlock.Builder code, CodeBlock target, Encoding.Value described, CodeBlock value, String label, NameAllocator locals) {
      Encoding encoding = described.encoding();
      if (encoding instanceof Encoding.Items items) {
        code.addStatement("$L.beginArray()", target);
        String item = locals.newName("item");
        CodeBlock checked = checks.items(described.spec(), TypeName.get(described.type()), value, label);
        code.beginControlFlow("for ($T $N : $L)", TypeName.get(items.item().type()), item, checked);
        CodeBlock itemValue = items.item().presence() == Presence.PRIMITIVE
            || (items.item().encoding() instanceof Encoding.Hashed hashed && hashed.form() == Encoding.HashedForm.TEXT)
            ? CodeBlock.of("$N", item)
            : requireItem(item, label + "[]");
        write(code, CodeBlock.of("out"), items.item(), itemValue, label + "[]", locals);
        code.endControlFlow();
        code.addStatement("out.endArray()");
      } else if (encoding instanceof Encoding.Fields fields) {
        if (!target.toString().equals("out")) {
          code.addStatement("$L", target);
        }
        code.addStatement("$N(out, $L)", objectWriter(fields), value);
      } else if (encoding instanceof Encoding.EnumText text) {
        code.addStatement("$L.value($L)", target, checks.oneOf(text.values(), value, label));
      } else {
        code.addStatement("$L$L", target, call(encoding, checks.scalar(described.spec(), value, label)));
      }
    }

    private CodeBlock requireItem(String item, String label) {
      requireUsed = true;
      return CodeBlock.of("require($N, $S)", item, label);
    }

    /** The output call that writes a scalar, Java enum or hashed value, such as {@code .value(x)}. */
    private CodeBlock call(Encoding encoding, CodeBlock value) {
      if (encoding instanceof Encoding.Hashed hashed) {
        return switch (hashed.form()) {
          case UUID -> CodeBlock.of(".hashed($S, $L.toString())", hashed.prefix(), value);
          case DIGITS -> CodeBlock.of(".hashed($S, $T.valueOf($L))", hashed.prefix(), String.class, value);
          case TEXT, NUMBER -> CodeBlock.of(".hashed($S, $L)", hashed.prefix(), value);
        };
      }
      if (encoding instanceof Encoding.EnumConstants constants) {
        return CodeBlock.of(".value($N($L))", enumWriter(constants), value);
      }
      return CodeBlock.of(".value($L)", value);
    }

    /** A helper that writes a named type's record or class as an object. */
    private String objectWriter(Encoding.Fields fields) {
      List<Object> key = List.of("object", fields.element().getQualifiedName().toString(), fields.catalogueType());
      MethodSpec existing = helpers.get(key);
      if (existing != null) {
        return existing.name();
      }
      String name = helperNames.newName("write" + fields.element().getSimpleName(), key);
      helpers.put(key, MethodSpec.methodBuilder(name).build());
      use(fields.element());
      TypeName javaType = TypeName.get(fields.type());
      MethodSpec method = MethodSpec.methodBuilder(name)
          .addJavadoc("Writes a {@code $L} object.\n", fields.catalogueType())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(JSON_OUTPUT, "out")
          .addParameter(javaType, "value")
          .addStatement("out.beginObject()")
          .addCode(fields(fields.fields(), "value", plan.event().name() + ": " + fields.catalogueType() + ".", new NameAllocator()))
          .addStatement("out.endObject()")
          .build();
      helpers.put(key, method);
      return name;
    }

    /** A helper that maps a Java enum's constants to catalogue values with an exhaustive switch. */
    private String enumWriter(Encoding.EnumConstants constants) {
      List<Object> key = List.of("enum", constants.enumType().getQualifiedName().toString(), constants.valueOfConstant());
      MethodSpec existing = helpers.get(key);
      if (existing != null) {
        return existing.name();
      }
      use(constants.enumType());
      String name = helperNames.newName(decapitalise(constants.enumType().getSimpleName().toString()) + "Value", key);
      CodeBlock.Builder body = CodeBlock.builder().add("return switch (value) {\n").indent();
      constants.valueOfConstant().forEach((constant, catalogueValue) -> body.add("case $L -> $S;\n", constant, catalogueValue));
      body.unindent().add("};\n");
      MethodSpec method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(String.class)
          .addParameter(ClassName.get(constants.enumType()), "value")
          .addCode(body.build())
          .build();
      helpers.put(key, method);
      return name;
    }

    private MethodSpec require() {
      TypeVariableName t = TypeVariableName.get("T");
      return MethodSpec.methodBuilder("require")
          .addJavadoc("Rejects the event when a required value is null; the client drops it and counts why.\n")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addTypeVariable(t)
          .returns(t)
          .addParameter(t, "value")
          .addParameter(String.class, "property")
          .beginControlFlow("if (value == null)")
          .addStatement("throw new $T(property + $S)", EVENT_REJECTED, " is required but null")
          .endControlFlow()
          .addStatement("return value")
          .build();
    }

    private void use(Element element) {
      deprecatedUse |= elements.isDeprecated(element);
    }
  }

  private static String present(Presence presence, String local) {
    return presence == Presence.NULLABLE ? local + " != null" : local + ".isPresent()";
  }

  private static String getter(Presence presence) {
    return switch (presence) {
      case OPTIONAL_INT -> "getAsInt";
      case OPTIONAL_LONG -> "getAsLong";
      case OPTIONAL_DOUBLE -> "getAsDouble";
      default -> "get";
    };
  }

  private static CodeBlock named(Encoding.Field field) {
    return CodeBlock.of("out.name($S)", field.property());
  }

  private static String decapitalise(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
