package dev.telemetry.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.processor.constraint.ConstraintChecks;
import dev.telemetry.processor.writerkit.WriterSkeleton;
import dev.telemetry.runtime.event.JsonOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the writer of a generated event class on a {@link WriterSkeleton}: a distinct ID read
 * from the record, and code that writes each property in catalogue order, hashing identifiers and
 * leaving out absent optional values, and checking every value against the constraints of its
 * property (see {@link ConstraintChecks}). Named types are written by private methods of the
 * writer, one per type it reaches.
 */
final class WriterGenerator {
  private final EventSpec event;
  private final RecordModel eventModel;
  private final Map<ClassName, RecordModel> namedModels;
  private final Map<ClassName, String> namedTypeMethods = new HashMap<>();
  private final Map<ClassName, String> catalogueTypeNames = new HashMap<>();
  private final List<ClassName> namedTypesReached = new ArrayList<>();
  private final UniqueNames methodNames = new UniqueNames().reserve(WriterSkeleton.METHOD_NAMES.toArray(String[]::new));
  private final WriterSkeleton skeleton;
  private final ConstraintChecks checks;

  /**
   * @param event the catalogue event
   * @param purpose why it is collected
   * @param eventModel its generated event class
   * @param namedModels the records of all named types, by class
   */
  WriterGenerator(EventSpec event, String purpose, RecordModel eventModel, Map<ClassName, RecordModel> namedModels) {
    this.event = event;
    this.eventModel = eventModel;
    this.namedModels = namedModels;
    this.skeleton = new WriterSkeleton(event, purpose, eventModel.className());
    this.checks = skeleton.constraintChecks();
  }

  /** The writer class. */
  TypeSpec generate(ClassName writerClass) {
    MethodSpec distinctId = distinctId();
    UniqueNames locals = new UniqueNames().reserve("event", "out");
    CodeBlock.Builder properties = CodeBlock.builder();
    for (RecordModel.Component component : eventModel.components()) {
      if (component.property() != null) {
        writeProperty(properties, component, CodeBlock.of("event.$N()", component.name()), event.name() + ": ", locals);
      }
    }
    // Generated records copy their lists when built, so nothing in them can change.
    TypeSpec.Builder writer = skeleton.writerClass(writerClass, true)
        .addMethod(distinctId)
        .addMethod(skeleton.writeProperties(properties.build()));

    // Writing a named type may reach further named types; each gets its method once.
    List<MethodSpec> namedTypeWriters = new ArrayList<>();
    for (int i = 0; i < namedTypesReached.size(); i++) {
      namedTypeWriters.add(namedTypeWriter(namedTypesReached.get(i)));
    }
    writer.addMethods(namedTypeWriters);
    checks.addTo(writer);
    return writer.build();
  }

  private MethodSpec distinctId() {
    if (event.distinctId() instanceof DistinctId.Given) {
      // The event record carries the given ID as its first component.
      return skeleton.distinctId(CodeBlock.of("event.$N()", eventModel.components().get(0).name()));
    }
    if (event.distinctId() instanceof DistinctId.FromProperty fromProperty) {
      RecordModel.Component component = eventModel.components().stream()
          .filter(candidate -> candidate.property() != null && candidate.property().name().equals(fromProperty.property()))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(event.location() + ": the distinct-id of " + event.name()
              + " names the property '" + fromProperty.property() + "', which the event does not declare."));
      CodeBlock value = CodeBlock.of("event.$N()", component.name());
      if (component.type().equals(ClassName.get(String.class))) {
        return skeleton.distinctId(value);
      }
      return skeleton.distinctId(component.required()
          ? CodeBlock.of("$T.valueOf($L)", String.class, value)
          : CodeBlock.of("$L == null ? null : $T.valueOf($L)", value, String.class, value));
    }
    return skeleton.noDistinctId();
  }

  /** Writes one component; {@code labelPrefix} is what rejection reasons put before the property name. */
  private void writeProperty(
      CodeBlock.Builder code, RecordModel.Component component, CodeBlock value, String labelPrefix, UniqueNames locals) {
    if (!component.required()) {
      code.beginControlFlow("if ($L != null)", value);
    }
    String name = component.property().name();
    writeValue(code, name, component.property(), component.type(), value, labelPrefix + name, locals);
    if (!component.required()) {
      code.endControlFlow();
    }
  }

  /**
   * Writes one value; {@code name} is its property name, or null for an array item, and {@code
   * label} names the event and the value's path in rejection reasons.
   */
  private void writeValue(CodeBlock.Builder code, String name, PropertySpec spec, TypeName type, CodeBlock value,
      String label, UniqueNames locals) {
    CodeBlock out = name == null ? CodeBlock.of("out") : CodeBlock.of("out.name($S)", name);
    PropertyType declared = spec.type();
    if (declared instanceof PropertyType.Array array) {
      TypeName itemType = RecordGenerator.itemType(type);
      UniqueNames loopScope = locals.nested();
      String item = loopScope.allocate("item");
      code.addStatement("$L.beginArray()", out);
      code.beginControlFlow("for ($T $N : $L)", itemType, item, checks.items(spec, value, label));
      writeValue(code, null, array.items(), itemType, CodeBlock.of("$N", item), label + "[]", loopScope);
      code.endControlFlow();
      code.addStatement("out.endArray()");
    } else if (declared instanceof PropertyType.Named named) {
      if (name != null) {
        code.addStatement("$L", out);
      }
      code.addStatement("$N(out, $L)", namedTypeMethod((ClassName) type, named.typeName()), value);
    } else if (declared instanceof PropertyType.Enum) {
      code.addStatement("$L.value($L.value())", out, value);
    } else if (spec.hashed()) {
      code.addStatement("$L.hashed($S, $L)", out, spec.hash(), value);
    } else {
      code.addStatement("$L.value($L)", out, checks.scalar(spec, value, label));
    }
  }

  private String namedTypeMethod(ClassName type, String catalogueTypeName) {
    catalogueTypeNames.put(type, catalogueTypeName);
    return namedTypeMethods.computeIfAbsent(type, key -> {
      namedTypesReached.add(key);
      return methodNames.allocate("write" + key.simpleName());
    });
  }

  private MethodSpec namedTypeWriter(ClassName type) {
    RecordModel model = namedModels.get(type);
    UniqueNames locals = new UniqueNames().reserve("out");
    String parameter = locals.allocate(JavaNames.memberName(type.simpleName()));
    CodeBlock.Builder code = CodeBlock.builder().addStatement("out.beginObject()");
    for (RecordModel.Component component : model.components()) {
      String labelPrefix = event.name() + ": " + catalogueTypeNames.get(type) + ".";
      writeProperty(code, component, CodeBlock.of("$N.$N()", parameter, component.name()), labelPrefix, locals);
    }
    code.addStatement("out.endObject()");
    return MethodSpec.methodBuilder(namedTypeMethods.get(type))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JsonOutput.class, "out")
        .addParameter(type, parameter)
        .addCode(code.build())
        .build();
  }
}
