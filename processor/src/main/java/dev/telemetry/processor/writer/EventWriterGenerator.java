package dev.telemetry.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.processor.constraint.ConstraintChecks;
import dev.telemetry.processor.model.Encoding;
import dev.telemetry.processor.model.Encoding.Presence;
import dev.telemetry.processor.model.WriterPlan;
import dev.telemetry.processor.writerkit.WriterSkeleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Generates the reflection-free writer of one checked event class on a {@link WriterSkeleton}: a
 * class nested in the {@link WritersFile} of the event class's package (so package-private
 * accessors work) that reads each value through its field, getter or record accessor, unwraps
 * optional values, maps Java enums to catalogue values, and checks every value against the
 * constraints of its catalogue property (see {@link ConstraintChecks}). A record that cannot change
 * once tracked tells the base writer so, and one that can only through its lists gets a copying
 * {@code snapshot} (see {@link SnapshotGenerator}).
 */
public final class EventWriterGenerator {
  private static final ClassName JSON_OUTPUT = ClassName.get("dev.telemetry.runtime.event", "JsonOutput");
  private static final ClassName EVENT_REJECTED = ClassName.get("dev.telemetry.runtime.event", "EventRejectedException");

  private final Elements elements;
  private final Types types;

  /** A generator that asks {@code elements} which members are deprecated, and {@code types} about records. */
  public EventWriterGenerator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The writer class of {@code eventClass}: {@code <Outer_Inner>TelemetryWriter}, nested in the
   * {@link WritersFile#WRITERS_CLASS} of the same package.
   */
  public static ClassName writerName(TypeElement eventClass) {
    ClassName event = ClassName.get(eventClass);
    return WritersFile.writersClass(event.packageName())
        .nestedClass(String.join("_", event.simpleNames()) + "TelemetryWriter");
  }

  /** Generates the writer, to nest in its package's {@link WritersFile}. */
  public TypeSpec generate(WriterPlan plan) {
    return new WriterBuilder(plan).build();
  }

  /** The state of one writer being generated: the helper methods it needs. */
  private final class WriterBuilder {
    private final WriterPlan plan;
    private final ClassName eventClass;
    private final NameAllocator helperNames = new NameAllocator();
    private final Map<Object, MethodSpec> helpers = new LinkedHashMap<>();
    private final WriterSkeleton skeleton;
    private final ConstraintChecks checks;
    private boolean deprecatedUse;

    WriterBuilder(WriterPlan plan) {
      this.plan = plan;
      this.eventClass = ClassName.get(plan.eventClass());
      for (String reserved : WriterSkeleton.METHOD_NAMES) {
        helperNames.newName(reserved, reserved);
      }
      this.skeleton = new WriterSkeleton(plan.event(), plan.purpose(), eventClass);
      this.checks = skeleton.constraintChecks();
      deprecatedUse = elements.isDeprecated(plan.eventClass());
    }

    TypeSpec build() {
      EventSpec event = plan.event();
      ClassName writerClass = writerName(plan.eventClass());
      SnapshotGenerator.Snapshot snapshot = new SnapshotGenerator(elements, types, writerClass, helperNames::newName, this::use)
          .snapshot(plan.eventClass(), skeleton);
      TypeSpec.Builder type = skeleton.nestedWriterClass(writerClass, snapshot.immutable())
          .addMethod(distinctId())
          .addMethod(skeleton.writeProperties(fields(plan.fields(), "event", event.name() + ": ", new NameAllocator())))
          .addMethods(snapshot.methods())
          .addMethods(helpers.values());
      checks.addTo(type);
      if (deprecatedUse) {
        type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "{$S, $S}", "deprecation", "removal")
            .build());
      }
      return type.build();
    }

    private MethodSpec distinctId() {
      Encoding.Field field = plan.distinctId();
      if (field == null) {
        return skeleton.noDistinctId();
      }
      use(field.member().read().element());
      String read = field.member().read().on("event");
      Encoding.Value value = field.value();
      boolean text = value.encoding() instanceof Encoding.Hashed hashed && hashed.form() == Encoding.HashedForm.TEXT;
      return skeleton.distinctId(switch (value.presence()) {
        case PRIMITIVE -> CodeBlock.of("$T.valueOf($L)", String.class, read);
        case REQUIRED, NULLABLE -> text
            ? CodeBlock.of("$L", read)
            : CodeBlock.of("$T.toString($L, null)", Objects.class, read);
        case OPTIONAL -> CodeBlock.of("$L.map($T::valueOf).orElse(null)", read, String.class);
        case OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE ->
            CodeBlock.of("$L.isPresent() ? $T.valueOf($L.$L()) : null", read, String.class, read, getter(value.presence()));
      });
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

    /** The expression of a required reference value: checked for null unless what writes it rejects null itself. */
    private CodeBlock required(Encoding.Value value, String read, String label) {
      if (rejectsNull(value)) {
        return CodeBlock.of("$L", read);
      }
      return CodeBlock.of("$T.require($L, $S)", ConstraintChecks.CHECKS, read, label);
    }

    /** Whether writing {@code value} rejects null itself: the output's hashing of text, and the enum helpers. */
    private static boolean rejectsNull(Encoding.Value value) {
      return value.encoding() instanceof Encoding.EnumConstants
          || (value.encoding() instanceof Encoding.Hashed hashed && hashed.form() == Encoding.HashedForm.TEXT);
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
        CodeBlock checked = checks.items(described.spec(), value, label);
        code.beginControlFlow("for ($T $N : $L)", TypeName.get(items.item().type()), item, checked);
        CodeBlock itemValue = items.item().presence() == Presence.PRIMITIVE || rejectsNull(items.item())
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
        code.addStatement("$L$L", target, call(encoding, checks.scalar(described.spec(), value, label), label));
      }
    }

    private CodeBlock requireItem(String item, String label) {
      return CodeBlock.of("$T.require($N, $S)", ConstraintChecks.CHECKS, item, label);
    }

    /**
     * The output call that writes a scalar, Java enum or hashed value, such as {@code .value(x)};
     * {@code label} names the event and the value's path in rejection reasons.
     */
    private CodeBlock call(Encoding encoding, CodeBlock value, String label) {
      if (encoding instanceof Encoding.Hashed hashed) {
        return switch (hashed.form()) {
          case UUID -> CodeBlock.of(".hashed($S, $L.toString())", hashed.prefix(), value);
          case DIGITS -> CodeBlock.of(".hashed($S, $T.valueOf($L))", hashed.prefix(), String.class, value);
          case TEXT, NUMBER -> CodeBlock.of(".hashed($S, $L)", hashed.prefix(), value);
        };
      }
      if (encoding instanceof Encoding.EnumConstants constants) {
        return CodeBlock.of(".value($N($L, $S))", enumWriter(constants), value, label);
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

    /**
     * A helper that maps a Java enum's constants to catalogue values, comparing identities. Not a
     * {@code switch}: javac compiles a switch on another class's enum into an extra class per writer
     * (the {@code $1} holding its switch map), which a build with many events pays for. Past the
     * comparisons, the helper rejects null as a required value, then any other constant: the
     * processor refuses a constant the catalogue does not declare, so only an enum changed and
     * compiled after the writer can hold one. Both reasons name the path the caller passes, never
     * the value.
     */
    private String enumWriter(Encoding.EnumConstants constants) {
      List<Object> key = List.of("enum", constants.enumType().getQualifiedName().toString(), constants.valueOfConstant());
      MethodSpec existing = helpers.get(key);
      if (existing != null) {
        return existing.name();
      }
      use(constants.enumType());
      String name = helperNames.newName(decapitalise(constants.enumType().getSimpleName().toString()) + "Value", key);
      ClassName enumType = ClassName.get(constants.enumType());
      CodeBlock.Builder body = CodeBlock.builder();
      constants.valueOfConstant().forEach((constant, catalogueValue) -> {
        useConstant(constants.enumType(), constant);
        body.beginControlFlow("if (value == $T.$N)", enumType, constant)
            .addStatement("return $S", catalogueValue)
            .endControlFlow();
      });
      body.addStatement("$T.require(value, property)", ConstraintChecks.CHECKS)
          .addStatement("throw new $T(property + $S)", EVENT_REJECTED, " has a value the catalogue does not declare");
      MethodSpec method = MethodSpec.methodBuilder(name)
          .addJavadoc("The catalogue value of a {@code $L}. Null is rejected as required, and so is a constant\n"
              + "added to the enum since this writer was generated.\n", constants.enumType().getSimpleName())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(String.class)
          .addParameter(enumType, "value")
          .addParameter(String.class, "property")
          .addCode(body.build())
          .build();
      helpers.put(key, method);
      return name;
    }

    /** Notes a deprecated enum constant, which the helper names in its code (as {@code Type.CONSTANT}). */
    private void useConstant(TypeElement enumType, String constant) {
      for (Element member : enumType.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT && member.getSimpleName().contentEquals(constant)) {
          use(member);
        }
      }
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
