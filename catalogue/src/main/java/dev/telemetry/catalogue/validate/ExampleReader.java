package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Node;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.Example;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import dev.telemetry.catalogue.regex.JavaForm;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an event's example against the event and turns it into plain Java values: String,
 * Long (whole numbers), Double (decimals), Boolean, List and Map (named types).
 */
final class ExampleReader {
  private static final String DISTINCT_ID = "distinct-id";
  private static final String GROUP_KEY = "group-key";
  private static final Pattern RFC_3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

  private final Problems problems;
  private final Map<String, NamedType> types;

  /** @param types the catalogue's named types, for values of those types */
  ExampleReader(Problems problems, Map<String, NamedType> types) {
    this.problems = problems;
    this.types = types;
  }

  /**
   * Reads the example of an event.
   *
   * @param event "event 'x'", for messages
   * @param declared every property name the event declares, including those whose declaration is
   *     broken (reported already), which the example may use without a further problem
   * @param idGiven whether the event's ID is given on its own, so the example carries a distinct-id
   * @param groupIdentify whether the event is a group-identify, so the example carries a group-key
   */
  Example read(Node.Entry entry, String event, Map<String, PropertySpec> properties, Set<String> declared,
      boolean idGiven, boolean groupIdentify) {
    String where = "the example of " + event;
    if (!(entry.value() instanceof Node.Mapping mapping)) {
      problems.error(ProblemCode.EXAMPLE, entry.value().location(),
          Fields.capitalize(where) + " must be a mapping of property names to values, but is " + entry.value().describe() + ".",
          "Write one 'property: value' line per property under 'example:'.");
      return null;
    }
    String distinctId = special(mapping, DISTINCT_ID, idGiven, entry, where,
        "Add 'distinct-id:' with an example ID before hashing, such as 'usr_123'; the event's ID is given on its own.");
    String groupKey = special(mapping, GROUP_KEY, groupIdentify, entry, where,
        "Add 'group-key:' with an example key of the group, such as 'dep_123'.");
    List<String> extra = new ArrayList<>(declared);
    extra.removeAll(properties.keySet());
    if (idGiven) {
      extra.add(DISTINCT_ID);
    }
    if (groupIdentify) {
      extra.add(GROUP_KEY);
    }
    Map<String, Object> values = object(mapping, properties, where, "", entry.keyLocation(), extra);
    return new Example(values, distinctId, groupKey, entry.keyLocation());
  }

  /** The distinct-id or group-key entry: required when expected, otherwise reported as unknown. */
  private String special(Node.Mapping mapping, String key, boolean expected, Node.Entry example, String where,
      String fix) {
    Node.Entry entry = mapping.get(key);
    if (!expected) {
      return null;
    }
    if (entry == null) {
      problems.error(ProblemCode.EXAMPLE, example.keyLocation(),
          Fields.capitalize(where) + " has no '" + key + "'.", fix);
      return null;
    }
    if (entry.value() instanceof Node.Scalar scalar
        && (scalar.isText() || scalar.type() == Node.ScalarType.INTEGER) && !scalar.text().isBlank()) {
      return scalar.text();
    }
    problems.error(ProblemCode.EXAMPLE, entry.value().location(),
        "'" + key + "' in " + where + " must be non-empty text, but is " + entry.value().describe() + ".", fix);
    return null;
  }

  /** Checks a mapping against properties: no unknown names, every required one present. */
  private Map<String, Object> object(Node.Mapping mapping, Map<String, PropertySpec> properties, String where,
      String path, Location ownerAt, List<String> extraKeys) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Node.Entry entry : mapping.entries()) {
      if (extraKeys.contains(entry.key())) {
        continue;
      }
      PropertySpec spec = properties.get(entry.key());
      String name = path + entry.key();
      if (spec == null) {
        List<String> known = new ArrayList<>(properties.keySet());
        known.addAll(extraKeys);
        problems.error(ProblemCode.EXAMPLE, entry.keyLocation(),
            Fields.capitalize(where) + " has a value for '" + name + "', which is not a property"
                + (path.isEmpty() ? " of the event." : " of its type."),
            Suggestions.didYouMean(entry.key(), known, "Remove it, or declare the property."));
        continue;
      }
      Object value = value(entry.value(), spec, where, name);
      if (value != null) {
        values.put(entry.key(), value);
      }
    }
    for (PropertySpec spec : properties.values()) {
      if (spec.required() && mapping.get(spec.name()) == null) {
        problems.error(ProblemCode.EXAMPLE, ownerAt,
            Fields.capitalize(where) + " has no value for required property '" + path + spec.name() + "'.",
            "Add '" + spec.name() + ":' with an example value, or mark the property 'required: false'.");
      }
    }
    return Collections.unmodifiableMap(values);
  }

  /** The Java value of one example value, or null when it does not fit (reported). */
  private Object value(Node node, PropertySpec spec, String where, String name) {
    if (spec.type() == null) {
      return null;
    }
    if (node instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.NULL) {
      problems.error(ProblemCode.EXAMPLE, node.location(),
          "'" + name + "' in " + where + " has no value.",
          "Give an example value, or leave out the property if it is optional.");
      return null;
    }
    PropertyType type = spec.type();
    if (type instanceof PropertyType.Scalar scalarType) {
      return scalar(node, spec, scalarType.kind(), where, name);
    }
    if (type instanceof PropertyType.Enum enumType) {
      return enumValue(node, enumType, where, name);
    }
    if (type instanceof PropertyType.Array array) {
      return list(node, array, where, name);
    }
    return named(node, ((PropertyType.Named) type).typeName(), where, name);
  }

  private Object scalar(Node node, PropertySpec spec, ScalarKind kind, String where, String name) {
    Node.Scalar scalar = node instanceof Node.Scalar s ? s : null;
    switch (kind) {
      case STRING -> {
        if (scalar == null || !scalar.isText()) {
          return mismatch(node, "text", where, name,
              scalar == null ? "Write one text value." : "Quote it to make it text: \"" + scalar.text() + "\".");
        }
        return checkText(scalar, spec, where, name);
      }
      case TIMESTAMP -> {
        if (scalar == null || !scalar.isText() || !isTimestamp(scalar.text())) {
          return mismatch(node, "an RFC 3339 timestamp", where, name,
              "Write a timestamp such as 2009-11-10T23:00:00Z.");
        }
        return scalar.text();
      }
      case BOOLEAN -> {
        if (scalar == null || scalar.type() != Node.ScalarType.BOOLEAN) {
          return mismatch(node, "true or false", where, name, "Write true or false.");
        }
        return scalar.value();
      }
      case INTEGER -> {
        if (scalar == null || scalar.type() != Node.ScalarType.INTEGER) {
          return mismatch(node, "a whole number", where, name, "Write a whole number such as 3.");
        }
        return number(scalar, spec, where, name);
      }
      default -> {
        if (scalar == null || (scalar.type() != Node.ScalarType.INTEGER && scalar.type() != Node.ScalarType.DECIMAL)) {
          return mismatch(node, kind == ScalarKind.DURATION ? "a number of seconds" : "a number", where, name,
              "Write a number such as 1.5.");
        }
        return number(scalar, spec, where, name);
      }
    }
  }

  private Object checkText(Node.Scalar scalar, PropertySpec spec, String where, String name) {
    String text = scalar.text();
    boolean fits = true;
    if (spec.pattern() != null && !JavaForm.compile(spec.pattern()).matcher(text).find()) {
      problems.error(ProblemCode.EXAMPLE, scalar.location(),
          "'" + name + "' in " + where + " is '" + text + "', which does not match the pattern '" + spec.pattern() + "'.",
          "Change the example value so that it matches, or correct the pattern.");
      fits = false;
    }
    int length = text.codePointCount(0, text.length());
    if (spec.maxLength() != null && length > spec.maxLength()) {
      problems.error(ProblemCode.EXAMPLE, scalar.location(),
          "'" + name + "' in " + where + " is " + length + " characters long, more than its max-length "
              + spec.maxLength() + ".",
          "Shorten the example value, or raise 'max-length'.");
      fits = false;
    }
    return fits ? text : null;
  }

  private Object number(Node.Scalar scalar, PropertySpec spec, String where, String name) {
    BigDecimal value = scalar.decimal();
    boolean fits = true;
    if (spec.minimum() != null && value.compareTo(spec.minimum()) < 0) {
      problems.error(ProblemCode.EXAMPLE, scalar.location(),
          "'" + name + "' in " + where + " is " + scalar.text() + ", below its minimum " + spec.minimum().toPlainString() + ".",
          "Change the example value, or lower 'minimum'.");
      fits = false;
    }
    if (spec.maximum() != null && value.compareTo(spec.maximum()) > 0) {
      problems.error(ProblemCode.EXAMPLE, scalar.location(),
          "'" + name + "' in " + where + " is " + scalar.text() + ", above its maximum " + spec.maximum().toPlainString() + ".",
          "Change the example value, or raise 'maximum'.");
      fits = false;
    }
    if (scalar.type() == Node.ScalarType.INTEGER) {
      BigInteger whole = scalar.integer();
      if (whole.bitLength() >= Long.SIZE) {
        problems.error(ProblemCode.EXAMPLE, scalar.location(),
            "'" + name + "' in " + where + " is " + scalar.text() + ", which does not fit in 64 bits.",
            "Use a smaller example value.");
        return null;
      }
      return fits ? whole.longValue() : null;
    }
    double decimal = value.doubleValue();
    if (Double.isInfinite(decimal)) {
      problems.error(ProblemCode.EXAMPLE, scalar.location(),
          "'" + name + "' in " + where + " is " + scalar.text() + ", which is too large for a double.",
          "Use a smaller example value.");
      return null;
    }
    return fits ? decimal : null;
  }

  private Object enumValue(Node node, PropertyType.Enum type, String where, String name) {
    if (!(node instanceof Node.Scalar scalar) || !scalar.isText() || !type.values().contains(scalar.text())) {
      String found = node instanceof Node.Scalar scalar ? "'" + scalar.text() + "'" : node.describe();
      problems.error(ProblemCode.EXAMPLE, node.location(),
          "'" + name + "' in " + where + " is " + found + ", which is not one of its values: "
              + String.join(", ", type.values()) + ".",
          node instanceof Node.Scalar scalar
              ? Suggestions.didYouMean(scalar.text(), type.values(), "Use one of the declared values.")
              : "Use one of the declared values.");
      return null;
    }
    return scalar.text();
  }

  private Object list(Node node, PropertyType.Array array, String where, String name) {
    if (!(node instanceof Node.Sequence sequence)) {
      return mismatch(node, "a list", where, name, "Write a list such as [a, b].");
    }
    boolean fits = true;
    if (array.maxItems() != null && sequence.items().size() > array.maxItems()) {
      problems.error(ProblemCode.EXAMPLE, node.location(),
          "'" + name + "' in " + where + " has " + sequence.items().size() + " items, more than its max-items "
              + array.maxItems() + ".",
          "Remove items from the example, or raise 'max-items'.");
      fits = false;
    }
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      Object item = value(sequence.items().get(i), array.items(), where, name + "[" + i + "]");
      if (item == null) {
        fits = false;
      } else {
        items.add(item);
      }
    }
    return fits ? List.copyOf(items) : null;
  }

  private Object named(Node node, String typeName, String where, String name) {
    NamedType type = types.get(typeName);
    if (type == null) {
      return null;
    }
    if (!(node instanceof Node.Mapping mapping)) {
      return mismatch(node, "a mapping of type '" + typeName + "'", where, name,
          "Write its properties as a mapping, such as { " + String.join(": ..., ", type.properties().keySet()) + ": ... }.");
    }
    return object(mapping, type.properties(), where, name + ".", node.location(), List.of());
  }

  private Object mismatch(Node node, String expected, String where, String name, String fix) {
    problems.error(ProblemCode.EXAMPLE, node.location(),
        "'" + name + "' in " + where + " must be " + expected + ", but is " + node.describe() + ".", fix);
    return null;
  }

  private static boolean isTimestamp(String text) {
    // RFC 3339 requires the seconds, which ISO_OFFSET_DATE_TIME alone would let pass.
    if (!RFC_3339.matcher(text).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
