package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.telemetry.catalogue.model.EventSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated JSON Schemas, checked with a real validator against the encoded examples. */
class JsonSchemaValidationTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Stream<Arguments> events() {
    return Catalogues.all().flatMap(catalogue -> {
      Map<String, byte[]> files = new DocsGenerator(DocsOptions.defaults()).render(catalogue);
      return catalogue.events().values().stream()
          .filter(event -> event.example() != null)
          .map(event -> Arguments.of(event.name(), schema(files, event), SentProperties.of(files.get(EventFiles.example(event.name())))));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void acceptsTheExampleAsSent(String event, Schema schema, ObjectNode sent) {
    assertEquals(List.of(), schema.validate(sent));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void rejectsAPropertyTheCatalogueDoesNotDeclare(String event, Schema schema, ObjectNode sent) {
    ObjectNode extra = sent.deepCopy();
    extra.put("email", "someone@example.com");
    List<Error> errors = schema.validate(extra);
    assertFalse(errors.isEmpty(), "an undeclared property is rejected");
    assertTrue(errors.toString().contains("email"), errors.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void rejectsAMistypedProperty(String event, Schema schema, ObjectNode sent) {
    for (Map.Entry<String, JsonNode> property : sent.properties()) {
      ObjectNode mistyped = sent.deepCopy();
      mistyped.set(property.getKey(), wrongType(property.getValue()));
      List<Error> errors = schema.validate(mistyped);
      assertFalse(errors.isEmpty(), property.getKey() + " with a value of the wrong type is rejected");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void rejectsAnIdentifierThatWasNotHashed(String event, Schema schema, ObjectNode sent) {
    for (Map.Entry<String, JsonNode> property : sent.properties()) {
      if (property.getValue().isTextual() && property.getValue().textValue().matches("^[a-z]+_[A-Za-z0-9_-]{43}$")) {
        ObjectNode raw = sent.deepCopy();
        raw.put(property.getKey(), "usr_123");
        assertFalse(schema.validate(raw).isEmpty(), property.getKey() + " must be sent hashed");
      }
    }
  }

  private static JsonNode wrongType(JsonNode value) {
    if (value.isTextual()) {
      return IntNode.valueOf(42);
    }
    return TextNode.valueOf("not a " + value.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private static Schema schema(Map<String, byte[]> files, EventSpec event) {
    return REGISTRY.getSchema(PrettyJson.read(files.get(EventFiles.schema(event.name()))));
  }
}
