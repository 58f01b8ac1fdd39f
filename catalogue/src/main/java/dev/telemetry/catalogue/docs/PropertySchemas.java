package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The JSON Schema of catalogue properties as the runtime writes them: hashed properties as
 * {@code prefix_} plus 43 base64url characters, named types as references into {@code $defs},
 * and no property that the catalogue does not declare.
 */
final class PropertySchemas {
  private PropertySchemas() {}

  /** An object schema of exactly these properties; {@code extra} members are added first. */
  static void object(Collection<PropertySpec> properties, ObjectNode schema, ObjectNode extra, ArrayNode extraRequired) {
    schema.put("type", "object");
    ObjectNode declared = schema.putObject("properties");
    if (extra != null) {
      declared.setAll(extra);
    }
    ArrayNode required = PrettyJson.array();
    if (extraRequired != null) {
      required.addAll(extraRequired);
    }
    for (PropertySpec property : properties) {
      declared.set(property.name(), property(property));
      if (property.required()) {
        required.add(property.name());
      }
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);
  }

  /** An object schema of exactly these properties. */
  static void object(Collection<PropertySpec> properties, ObjectNode schema) {
    object(properties, schema, null, null);
  }

  private static ObjectNode property(PropertySpec property) {
    ObjectNode schema = PrettyJson.object();
    String description = property.description();
    if (property.hashed()) {
      String hashNote = "Sent hashed: '" + property.hash() + "_' followed by 43 base64url characters.";
      schema.put("description", description == null ? hashNote : description + " " + hashNote);
      schema.put("type", "string");
      schema.put("pattern", hashedPattern(property.hash()));
      return schema;
    }
    if (description != null) {
      schema.put("description", description);
    }
    PropertyType type = property.type();
    if (type instanceof PropertyType.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING -> schema.put("type", "string");
        case INTEGER -> schema.put("type", "integer");
        case NUMBER, DURATION -> schema.put("type", "number");
        case BOOLEAN -> schema.put("type", "boolean");
        case TIMESTAMP -> schema.put("type", "string").put("format", "date-time");
      }
    } else if (type instanceof PropertyType.Enum enumType) {
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      enumType.values().forEach(values::add);
    } else if (type instanceof PropertyType.Array array) {
      schema.put("type", "array");
      schema.set("items", property(array.items()));
      if (array.maxItems() != null) {
        schema.put("maxItems", array.maxItems());
      }
    } else if (type instanceof PropertyType.Named named) {
      schema.put("$ref", "#/$defs/" + named.typeName());
    }
    if (property.pattern() != null) {
      schema.put("pattern", property.pattern());
    }
    if (property.maxLength() != null) {
      schema.put("maxLength", property.maxLength());
    }
    if (property.minimum() != null) {
      schema.put("minimum", new BigDecimal(PropertyCells.plain(property.minimum())));
    }
    if (property.maximum() != null) {
      schema.put("maximum", new BigDecimal(PropertyCells.plain(property.maximum())));
    }
    return schema;
  }

  /** The pattern of a value hashed with {@code prefix}: the prefix, '_', 43 base64url characters. */
  static String hashedPattern(String prefix) {
    return "^" + regexLiteral(prefix + "_") + "[A-Za-z0-9_-]{43}$";
  }

  /**
   * The text as a regular expression that matches exactly it, in the syntax Java, ECMAScript
   * (with the u flag, as ajv compiles) and Python share: only syntax characters are escaped,
   * since ECMAScript's u mode rejects an escaped '-', '/' or letter outside a class.
   */
  static String regexLiteral(String text) {
    StringBuilder literal = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        literal.append('\\');
      }
      literal.append(c);
    }
    return literal.toString();
  }
}
