package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaEscapeRuleTest {
  private static final String DECLARE =
      "declare its shape: a record or a catalogue type with named properties, an enum, or a list of a"
          + " declared item type";

  private final SchemaEscapeRule rule = new SchemaEscapeRule();

  private List<Finding> check(String... types) {
    return rule.check(subject("attributes", ValueShape.OTHER).types(types).build());
  }

  @Test
  void aMapIsAnEscapeWhateverItsImplementation() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-SCHEMA-ESCAPE",
                Severity.ERROR,
                "SCHEMA_ESCAPE",
                "property 'attributes' is a java.util.Map, whose contents no catalogue declares;"
                    + " telemetry only carries declared properties",
                DECLARE)),
        check("java.util.HashMap<java.lang.String,java.lang.Object>", "java.util.AbstractMap", "java.util.Map",
            "java.lang.Object"));
  }

  @Test
  void aPlainObjectIsAnEscape() {
    assertEquals(
        "property 'attributes' is a java.lang.Object, whose contents no catalogue declares; telemetry"
            + " only carries declared properties",
        check("java.lang.Object").get(0).message());
  }

  @Test
  void aRawCollectionIsAnEscapeWithItsOwnFix() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-SCHEMA-ESCAPE",
                Severity.ERROR,
                "SCHEMA_ESCAPE",
                "property 'attributes' is a raw java.util.List, whose contents no catalogue declares;"
                    + " telemetry only carries declared properties",
                "give it its element type (such as List<String> instead of List), declared in the"
                    + " catalogue")),
        check(Subject.RAW_TYPE_PREFIX + "java.util.List"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "com.fasterxml.jackson.databind.JsonNode",
        "tools.jackson.databind.JsonNode",
        "com.google.gson.JsonElement",
        "jakarta.json.JsonValue"
      })
  void aJsonTreeIsAnEscape(String type) {
    assertEquals(1, check("com.example.SomeNode", type, "java.lang.Object").size());
  }

  @Test
  void aDeclaredTypeIsNotAnEscapeEvenThoughEveryTypeIsAnObject() {
    assertEquals(List.of(), check("com.example.Timing", "java.lang.Record", "java.lang.Object"));
    assertEquals(List.of(), check("java.lang.String", "java.lang.Object"));
    assertEquals(List.of(), check());
  }
}
