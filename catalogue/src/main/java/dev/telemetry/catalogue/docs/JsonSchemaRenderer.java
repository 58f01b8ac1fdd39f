package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The JSON Schema (draft 2020-12) of an event's properties as they are sent: hashed properties
 * as {@code prefix_} plus 43 base64url characters, named types as {@code $defs}, and no property
 * that the catalogue does not declare.
 */
final class JsonSchemaRenderer {
  /** The draft every schema declares. */
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private final Catalogue catalogue;

  JsonSchemaRenderer(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The schema of one event's properties. */
  ObjectNode schema(EventSpec event) {
    ObjectNode schema = PrettyJson.object();
    schema.put("$schema", DRAFT);
    schema.put("title", event.name());
    schema.put("description", "The properties of " + event.name() + ". Emitted when: " + event.emittedWhen());
    object(event.properties().values(), schema);
    var types = NamedTypes.usedBy(catalogue, event.properties().values());
    if (!types.isEmpty()) {
      ObjectNode defs = schema.putObject("$defs");
      for (NamedType type : types) {
        ObjectNode def = defs.putObject(type.name());
        if (type.description() != null) {
          def.put("description", type.description());
        }
        object(type.properties().values(), def);
      }
    }
    return schema;
  }

  private void object(Collection<PropertySpec> properties, ObjectNode schema) {
    schema.put("type", "object");
    ObjectNode declared = schema.putObject("properties");
    ArrayNode required = PrettyJson.array();
    for (PropertySpec property : properties) {
      declared.set(property.name(), property(property));
      if (property.required()) {
        required.add(property.name());
      }
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);
  }

  private ObjectNode property(PropertySpec property) {
    ObjectNode schema = PrettyJson.object();
    String description = property.description();
    if (property.hashed()) {
      String hashNote = "Sent hashed: '" + property.hash() + "_' followed by 43 base64url characters.";
      schema.put("description", description == null ? hashNote : description + " " + hashNote);
      schema.put("type", "string");
      schema.put("pattern", "^" + regexLiteral(property.hash() + "_") + "[A-Za-z0-9_-]{43}$");
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

  /** The text as a regular expression that matches exactly it (ECMA-262, as JSON Schema uses). */
  private static String regexLiteral(String text) {
    StringBuilder literal = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\^$.|?*+()[]{}/-".indexOf(c) >= 0) {
        literal.append('\\');
      }
      literal.append(c);
    }
    return literal.toString();
  }
}
