package dev.telemetry.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chooses the Java names and types of the records generated for events and named types. */
final class RecordModels {
  /** Methods every record has; a component with one of these names would not compile. */
  private static final String[] RESERVED_MEMBERS = {
    "builder", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize"
  };

  /** Simple names the generated records refer to; a nested type with one of them would hide it. */
  private static final String[] REFERENCED_TYPES = {
    "String", "Long", "Double", "Boolean", "Object", "Override", "Objects", "List", "Instant", "Duration", "Generated"
  };

  private final Map<String, ClassName> namedTypes;
  private final Set<String> topLevelNames;

  /**
   * @param namedTypes the record of every named type that generated code uses, by catalogue name
   * @param topLevelNames the simple names of every generated top-level class
   */
  RecordModels(Map<String, ClassName> namedTypes, Set<String> topLevelNames) {
    this.namedTypes = Map.copyOf(namedTypes);
    this.topLevelNames = Set.copyOf(topLevelNames);
  }

  /** The event class of an event. */
  RecordModel forEvent(EventSpec event, String purpose, ClassName className, ClassName writer) {
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add(Javadocs.paragraph(
            "The " + Javadocs.code(event.name()) + " event, emitted when: "
                + sentence(Javadocs.escape(event.emittedWhen())), ""))
        .add("\n")
        .add(Javadocs.paragraph("<p>Why it is collected: " + sentence(Javadocs.escape(purpose)), ""));
    String kindNote = kindNote(event);
    if (kindNote != null) {
      javadoc.add("\n").add(Javadocs.paragraph("<p>" + kindNote, ""));
    }
    javadoc.add("\n").add(Javadocs.paragraph(
        "<p>Create one with {@link #builder()}, which asks for every required property in catalogue order"
            + " and then takes the optional ones. {@link " + writer.simpleName()
            + "} encodes it for the telemetry client.", ""));

    Scope scope = new Scope(className);
    List<RecordModel.Component> components = new ArrayList<>();
    if (event.distinctId() instanceof DistinctId.Given given) {
      String name = scope.members.allocate("distinctId");
      components.add(new RecordModel.Component(
          name,
          ClassName.get(String.class),
          ClassName.get(String.class),
          null,
          "Whom the event is about, given on its own; only its hash (as "
              + Javadocs.code(given.hashPrefix() + "_") + " followed by the hash) is sent, as the distinct ID.",
          scope.stage(name)));
    }
    String distinctProperty =
        event.distinctId() instanceof DistinctId.FromProperty fromProperty ? fromProperty.property() : null;
    for (PropertySpec property : event.properties().values()) {
      String note = property.name().equals(distinctProperty) ? " Its hash is also the event's distinct ID." : "";
      components.add(scope.component(property, note));
    }
    return scope.model(javadoc.build(), components);
  }

  /** The record of a named type. */
  RecordModel forNamedType(NamedType type, ClassName className) {
    CodeBlock javadoc = Javadocs.paragraph(
        "The " + Javadocs.code(type.name()) + " type of the telemetry catalogue: "
            + sentence(Javadocs.escape(type.description()))
            + " Create one with {@link #builder()}.", "");
    Scope scope = new Scope(className);
    List<RecordModel.Component> components = new ArrayList<>();
    for (PropertySpec property : type.properties().values()) {
      components.add(scope.component(property, ""));
    }
    return scope.model(javadoc, components);
  }

  private static String kindNote(EventSpec event) {
    if (event.kind() == EventKind.IDENTIFY) {
      return "Sent as a PostHog {@code $identify}: its properties update the person it is about.";
    }
    if (event.kind() == EventKind.GROUP_IDENTIFY) {
      return "Sent as a PostHog {@code $groupidentify}: its properties update the "
          + Javadocs.code(event.group()) + " group, whose key the telemetry client is configured with.";
    }
    return null;
  }

  /** The text as a sentence, ending with a full stop; nothing when there is no text. */
  private static String sentence(String text) {
    String trimmed = text == null ? "" : text.trim();
    return trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 ? trimmed : trimmed + ".";
  }

  /** The names taken inside one record, and the enums nested in it so far. */
  private final class Scope {
    final ClassName className;
    final UniqueNames members = new UniqueNames().reserve(RESERVED_MEMBERS);
    final UniqueNames nested = new UniqueNames().reserve(REFERENCED_TYPES);
    final List<RecordModel.NestedEnum> enums = new ArrayList<>();
    final ClassName buildStage;
    final ClassName builderClass;

    Scope(ClassName className) {
      this.className = className;
      nested.reserve(topLevelNames.toArray(String[]::new));
      nested.reserve(className.simpleName());
      buildStage = className.nestedClass(nested.allocate("BuildStage"));
      builderClass = className.nestedClass(nested.allocate("Builder"));
    }

    RecordModel.Component component(PropertySpec property, String note) {
      String name = members.allocate(JavaNames.memberName(property.name()));
      TypeName type = javaType(property, property.name(), !property.required());
      StringBuilder description = new StringBuilder(sentence(Javadocs.escape(property.description())));
      if (property.hashed()) {
        description.append(" Sent hashed (as ").append(Javadocs.code(property.hash() + "_"))
            .append(" followed by the hash).");
      }
      description.append(note);
      if (!property.required()) {
        description.append(" Optional: {@code null} when absent, and then not sent.");
      }
      return new RecordModel.Component(
          name,
          type,
          property.required() || !type.isBoxedPrimitive() ? type : type.unbox(),
          property,
          description.toString(),
          property.required() ? stage(name) : null);
    }

    ClassName stage(String componentName) {
      String upper = Character.toUpperCase(componentName.charAt(0)) + componentName.substring(1);
      return className.nestedClass(nested.allocate(upper + "Stage"));
    }

    RecordModel model(CodeBlock javadoc, Collection<RecordModel.Component> components) {
      return new RecordModel(className, javadoc, List.copyOf(components), enums, buildStage, builderClass);
    }

    /** The Java type of a value; {@code enumName} names the enum an {@code enum} type becomes. */
    private TypeName javaType(PropertySpec spec, String enumName, boolean boxed) {
      PropertyType type = spec.type();
      if (spec.hashed() && !isHashable(type)) {
        throw new IllegalArgumentException(spec.location() + ": property '" + spec.name()
            + "' is hashed but is of type " + type.key() + "; only string and integer values can be hashed.");
      }
      if (type instanceof PropertyType.Scalar scalar) {
        TypeName java = scalarType(scalar.kind());
        return boxed ? java.box() : java;
      }
      if (type instanceof PropertyType.Enum values) {
        return nestedEnum(enumName, values.values());
      }
      if (type instanceof PropertyType.Array array) {
        return ParameterizedTypeName.get(ClassName.get(List.class), javaType(array.items(), enumName, true));
      }
      String typeName = ((PropertyType.Named) type).typeName();
      ClassName named = namedTypes.get(typeName);
      if (named == null) {
        throw new IllegalArgumentException(spec.location() + ": property '" + spec.name()
            + "' uses the type '" + typeName + "', which the catalogue's types do not declare.");
      }
      return named;
    }

    private ClassName nestedEnum(String propertyName, List<String> values) {
      ClassName enumClass = className.nestedClass(nested.allocate(JavaNames.typeName(propertyName)));
      UniqueNames constantNames = new UniqueNames();
      List<String> constants = values.stream().map(value -> constantNames.allocate(JavaNames.constantName(value))).toList();
      enums.add(new RecordModel.NestedEnum(enumClass, values, constants, propertyName));
      return enumClass;
    }
  }

  private static boolean isHashable(PropertyType type) {
    return type instanceof PropertyType.Scalar scalar
        && (scalar.kind() == ScalarKind.STRING || scalar.kind() == ScalarKind.INTEGER);
  }

  private static TypeName scalarType(ScalarKind kind) {
    return switch (kind) {
      case STRING -> ClassName.get(String.class);
      case INTEGER -> TypeName.LONG;
      case NUMBER -> TypeName.DOUBLE;
      case BOOLEAN -> TypeName.BOOLEAN;
      case TIMESTAMP -> ClassName.get(Instant.class);
      case DURATION -> ClassName.get(Duration.class);
    };
  }
}
