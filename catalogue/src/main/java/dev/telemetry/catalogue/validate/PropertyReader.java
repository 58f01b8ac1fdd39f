package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Node;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import dev.telemetry.catalogue.regex.NonPortable;
import dev.telemetry.catalogue.regex.PortablePatterns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one property (or the items of an array) with its type and constraints, checking that
 * every constraint fits the type.
 */
final class PropertyReader {
  /** The keys of a property, in the order docs/catalogue-format.md documents them. */
  static final List<String> PROPERTY_KEYS = List.of("type", "description", "required", "values", "items",
      "max-items", "pattern", "max-length", "minimum", "maximum", "hash", "raw-identifier", "free-text", "allow-pii");

  /** The keys of an array's items: a property without name, presence or reasons of its own. */
  static final List<String> ITEM_KEYS =
      List.of("type", "description", "values", "pattern", "max-length", "minimum", "maximum", "hash");

  /** The built-in type names besides the scalars. */
  static final List<String> BUILT_IN_TYPES = builtInTypes();

  private static final String TYPE_FIX =
      "Add 'type:' with one of " + String.join(", ", BUILT_IN_TYPES) + ", or a type declared under 'types'.";

  /** Which types each constraint applies to (enum, array and named types take none of these). */
  private static final Map<String, Set<ScalarKind>> APPLIES_TO = Map.of(
      "pattern", Set.of(ScalarKind.STRING),
      "max-length", Set.of(ScalarKind.STRING),
      "minimum", Set.of(ScalarKind.INTEGER, ScalarKind.NUMBER, ScalarKind.DURATION),
      "maximum", Set.of(ScalarKind.INTEGER, ScalarKind.NUMBER, ScalarKind.DURATION),
      "hash", Set.of(ScalarKind.STRING, ScalarKind.INTEGER));

  private static final List<String> CONSTRAINT_ORDER = List.of("pattern", "max-length", "minimum", "maximum", "hash");

  private final Problems problems;
  private final Set<String> typeNames;

  /**
   * @param typeNames the names declared under {@code types}, which properties may use as types
   */
  PropertyReader(Problems problems, Set<String> typeNames) {
    this.problems = problems;
    this.typeNames = typeNames;
  }

  /**
   * Reads the property of {@code entry}; {@code owner} is "event 'x'" or "type 'y'". Returns
   * null when its type cannot be known (which is reported).
   */
  PropertySpec read(Node.Entry entry, String owner) {
    String name = entry.key();
    if (!Names.isSnakeCase(name)) {
      problems.error(ProblemCode.NAME, entry.keyLocation(),
          "Property name '" + name + "' of " + owner + " is not snake_case.",
          Names.suggestSnakeCase(name, "Use lowercase words joined by '_', such as 'targets_count'."));
    }
    String what = "property '" + name + "' of " + owner;
    Fields fields = Fields.of(entry.value(), what, entry.keyLocation(), PROPERTY_KEYS, problems);
    if (fields == null) {
      return null;
    }
    String description = fields.requiredText("description", "Add 'description: what the value means'; it is published in the docs.");
    Boolean required = fields.bool("required");
    PropertyType type = type(fields, what, entry.keyLocation());
    Constraints constraints = constraints(fields, what, type);
    return new PropertySpec(name, type, description, required == null || required, constraints.hash,
        constraints.pattern, constraints.maxLength, constraints.minimum, constraints.maximum,
        fields.text("raw-identifier"), fields.text("free-text"), fields.text("allow-pii"), entry.keyLocation());
  }

  private PropertySpec readItems(Node.Entry entry, String arrayWhat) {
    String what = "'items' of " + arrayWhat;
    Fields fields = Fields.of(entry.value(), what, entry.keyLocation(), ITEM_KEYS, problems);
    if (fields == null) {
      return null;
    }
    if ("array".equals(fields.word("type"))) {
      problems.error(ProblemCode.CONSTRAINT, fields.entry("type").value().location(),
          "The items of " + arrayWhat + " are arrays; arrays of arrays are not supported.",
          "Declare a named type under 'types' that holds the inner list, and use it as the item type.");
      return null;
    }
    PropertyType type = type(fields, what, entry.keyLocation());
    Constraints constraints = constraints(fields, what, type);
    return new PropertySpec("[]", type, fields.text("description"), true, constraints.hash, constraints.pattern,
        constraints.maxLength, constraints.minimum, constraints.maximum, null, null, null, entry.keyLocation());
  }

  /** The declared type, or null when it is missing or unknown (reported). */
  private PropertyType type(Fields fields, String what, Location at) {
    if (!fields.require("type", TYPE_FIX)) {
      checkOrphans(fields, what, null);
      return null;
    }
    String typeName = fields.word("type");
    if (typeName == null) {
      checkOrphans(fields, what, null);
      return null;
    }
    PropertyType type = switch (typeName) {
      case "enum" -> enumType(fields, what);
      case "array" -> arrayType(fields, what);
      default -> scalarOrNamed(typeName, fields, what);
    };
    checkOrphans(fields, what, typeName);
    return type;
  }

  private PropertyType scalarOrNamed(String typeName, Fields fields, String what) {
    for (ScalarKind kind : ScalarKind.values()) {
      if (kind.key().equals(typeName)) {
        return new PropertyType.Scalar(kind);
      }
    }
    if (typeNames.contains(typeName)) {
      return new PropertyType.Named(typeName);
    }
    List<String> known = new ArrayList<>(BUILT_IN_TYPES);
    known.addAll(typeNames);
    problems.error(ProblemCode.UNKNOWN_TYPE, fields.entry("type").value().location(),
        "Unknown type '" + typeName + "' in " + what + ".",
        Suggestions.didYouMean(typeName, known, "Use one of " + String.join(", ", known) + "."));
    return null;
  }

  private PropertyType enumType(Fields fields, String what) {
    if (!fields.require("values", "Add 'values: [first, second]' with the values the enum allows.")) {
      return null;
    }
    Node.Sequence list = fields.sequence("values");
    if (list == null) {
      return null;
    }
    if (list.items().isEmpty()) {
      problems.error(ProblemCode.ENUM, list.location(), "The enum " + what + " has no values.",
          "List at least one value, such as 'values: [asap, scheduled]'.");
    }
    List<String> values = new ArrayList<>();
    for (Node item : list.items()) {
      if (!(item instanceof Node.Scalar scalar) || !scalar.isText() || scalar.text().isEmpty()) {
        problems.error(ProblemCode.ENUM, item.location(),
            "The values of enum " + what + " must be non-empty text, but one is " + item.describe() + ".",
            "Quote it to make it text, such as '\"1\"'.");
      } else if (values.contains(scalar.text())) {
        problems.error(ProblemCode.ENUM, item.location(),
            "The enum " + what + " lists the value '" + scalar.text() + "' twice.", "Remove the repeated value.");
      } else {
        values.add(scalar.text());
      }
    }
    return values.isEmpty() ? null : new PropertyType.Enum(values);
  }

  private PropertyType arrayType(Fields fields, String what) {
    Integer maxItems = fields.count("max-items");
    if (!fields.require("items", "Add 'items:' with the type of each item, such as 'items: { type: string }'.")) {
      return null;
    }
    PropertySpec items = readItems(fields.entry("items"), what);
    return items == null || items.type() == null ? null : new PropertyType.Array(items, maxItems);
  }

  /** Reports keys that belong to another type: 'values' without enum, 'items' without array. */
  private void checkOrphans(Fields fields, String what, String typeName) {
    if (typeName == null) {
      return;
    }
    if (!typeName.equals("enum") && fields.has("values")) {
      misplaced(fields.entry("values"), what, typeName, "enum", "Use 'type: enum', or remove 'values'.");
    }
    if (!typeName.equals("array")) {
      for (String key : List.of("items", "max-items")) {
        if (fields.has(key)) {
          misplaced(fields.entry(key), what, typeName, "array", "Use 'type: array', or remove '" + key + "'.");
        }
      }
    }
  }

  private Constraints constraints(Fields fields, String what, PropertyType type) {
    Constraints constraints = new Constraints();
    constraints.pattern = pattern(fields, what);
    constraints.maxLength = fields.count("max-length");
    constraints.minimum = fields.number("minimum");
    constraints.maximum = fields.number("maximum");
    constraints.hash = hashPrefix(fields, what);
    if (constraints.minimum != null && constraints.maximum != null
        && constraints.minimum.compareTo(constraints.maximum) > 0) {
      problems.error(ProblemCode.CONSTRAINT, fields.entry("maximum").value().location(),
          "The maximum " + constraints.maximum.toPlainString() + " of " + what + " is below its minimum "
              + constraints.minimum.toPlainString() + ".",
          "Make 'minimum' less than or equal to 'maximum'.");
    }
    if (type != null) {
      for (String key : CONSTRAINT_ORDER) {
        if (fields.has(key) && !fits(key, type)) {
          String fix = type instanceof PropertyType.Array && fits(key, ScalarKind.STRING, ScalarKind.INTEGER, ScalarKind.NUMBER)
              ? "Move it under 'items', which holds the constraints of each item."
              : "Remove it, or change the type.";
          misplaced(fields.entry(key), what, type.key(), names(APPLIES_TO.get(key)), fix);
        }
      }
    }
    return constraints;
  }

  private String pattern(Fields fields, String what) {
    String pattern = fields.word("pattern");
    if (pattern == null) {
      return null;
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      problems.error(ProblemCode.CONSTRAINT, fields.entry("pattern").value().location(),
          "The pattern of " + what + " is not a valid regular expression: " + e.getDescription()
              + " near index " + e.getIndex() + ".",
          "Fix the expression; it is a Java regular expression, matched anywhere in the value unless anchored with ^ and $.");
      return null;
    }
    // The pattern goes into the published JSON Schemas, which validators in every language read.
    List<NonPortable> nonPortable = PortablePatterns.check(pattern);
    if (!nonPortable.isEmpty()) {
      NonPortable first = nonPortable.get(0);
      String more = nonPortable.size() == 1 ? "" : "; it also uses " + String.join(", ",
          nonPortable.subList(1, nonPortable.size()).stream().map(NonPortable::construct).toList());
      problems.error(ProblemCode.PATTERN, fields.entry("pattern").value().location(),
          "The pattern of " + what + " uses " + first.construct() + " at character " + (first.index() + 1) + " of the pattern: "
              + first.what() + more + ".",
          first.fix());
      return null;
    }
    return pattern;
  }

  private String hashPrefix(Fields fields, String what) {
    String prefix = fields.word("hash");
    if (prefix == null) {
      return null;
    }
    if (!Names.isHashPrefix(prefix)) {
      problems.error(ProblemCode.NAME, fields.entry("hash").value().location(),
          "The hash prefix '" + prefix + "' of " + what + " is not a lowercase letter followed by letters and digits.",
          "Use a short prefix such as 'usr'; hashed values are sent as 'usr_<hash>'.");
    }
    return prefix;
  }

  private void misplaced(Node.Entry entry, String what, String typeName, String appliesTo, String fix) {
    problems.error(ProblemCode.CONSTRAINT, entry.keyLocation(),
        "'" + entry.key() + "' does not apply to type " + typeName + " in " + what + "; it applies to " + appliesTo + ".",
        fix);
  }

  private static boolean fits(String key, PropertyType type) {
    return type instanceof PropertyType.Scalar scalar && APPLIES_TO.get(key).contains(scalar.kind());
  }

  private static boolean fits(String key, ScalarKind... kinds) {
    for (ScalarKind kind : kinds) {
      if (APPLIES_TO.get(key).contains(kind)) {
        return true;
      }
    }
    return false;
  }

  private static String names(Set<ScalarKind> kinds) {
    List<String> names = new ArrayList<>();
    for (ScalarKind kind : ScalarKind.values()) {
      if (kinds.contains(kind)) {
        names.add(kind.key());
      }
    }
    return String.join(", ", names);
  }

  private static List<String> builtInTypes() {
    List<String> types = new ArrayList<>();
    for (ScalarKind kind : ScalarKind.values()) {
      types.add(kind.key());
    }
    types.add("enum");
    types.add("array");
    return List.copyOf(types);
  }

  /** The constraints read from one property, before they are put into its spec. */
  private static final class Constraints {
    private String pattern;
    private Integer maxLength;
    private BigDecimal minimum;
    private BigDecimal maximum;
    private String hash;
  }
}
