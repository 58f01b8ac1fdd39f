package dev.telemetry.catalogue.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Schema of the catalogue format, shipped for editors, agrees with the loader. */
class CatalogueSchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static JsonNode schemaNode() throws IOException {
    try (InputStream in = CatalogueSchema.open()) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<Error> validate(String resource) throws IOException {
    Schema schema = REGISTRY.getSchema(schemaNode());
    try (InputStream in = CatalogueSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return schema.validate(new YAMLMapper().readTree(in));
    }
  }

  @Test
  void isShippedAtItsDocumentedClassPathLocation() {
    assertEquals("dev/telemetry/catalogue/catalogue.schema.json", CatalogueSchema.RESOURCE);
    assertNotNull(CatalogueSchemaTest.class.getClassLoader().getResource(CatalogueSchema.RESOURCE));
  }

  @Test
  void isAValidDraft2020Schema() throws IOException {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertEquals(List.of(), metaSchema.validate(schemaNode()));
  }

  @Test
  void acceptsTheExampleCatalogue() throws IOException {
    assertEquals(List.of(), validate("catalogues/valid/catalogue-example.yaml"));
  }

  @Test
  void acceptsTheCatalogueThatUsesEveryFeature() throws IOException {
    assertEquals(List.of(), validate("catalogues/valid/shop.yaml"));
  }

  @Test
  void acceptsEveryLifecycleKey() throws IOException {
    assertEquals(List.of(), validate("catalogues/valid/lifecycle.yaml"));
  }

  @Test
  void rejectsWhatTheLoaderRejectsForLifecycles() throws IOException {
    for (String file : List.of("73-lifecycle-unknown-data-category", "74-lifecycle-required-missing")) {
      assertFalse(validate("catalogues/invalid/" + file + ".yaml").isEmpty(), file + " passes the schema");
    }
  }

  @Test
  void rejectsWhatTheLoaderRejectsForKeysTypesAndNames() throws IOException {
    for (String file : List.of("08-unknown-top-level-key", "09-unknown-property-key", "14-unsupported-version",
        "16-namespace-grammar", "19-event-name-capitals", "23-enum-empty-values", "25-enum-without-values",
        "26-array-without-items", "28-negative-max-items", "34-hash-prefix-grammar", "38-required-not-boolean",
        "42-distinct-id-on-group-identify", "43-identify-without-distinct-id", "44-unknown-kind",
        "45-group-identify-without-group", "47-group-on-capture-event", "62-policy-unknown-mode",
        "63-policy-forbid-without-names", "64-unknown-hashing", "65-property-name-camel-case")) {
      assertFalse(validate("catalogues/invalid/" + file + ".yaml").isEmpty(), file + " passes the schema");
    }
  }

  @Test
  void describesEveryKeyForEditors() throws IOException {
    List<String> undocumented = new ArrayList<>();
    collectUndocumented(schemaNode(), "#", undocumented);
    assertEquals(List.of(), undocumented);
  }

  @Test
  void listsTheKnownKeysOfTheLoader() throws IOException {
    JsonNode schema = schemaNode();
    assertEquals(CatalogueValidator.TOP_KEYS, names(schema.get("properties")));
    assertEquals(EventReader.EVENT_KEYS, names(schema.at("/$defs/event/properties")));
    assertTrue(names(schema.at("/$defs/property/properties")).containsAll(PropertyReader.PROPERTY_KEYS));
    assertEquals(PropertyReader.PROPERTY_KEYS.size(), names(schema.at("/$defs/property/properties")).size());
    assertTrue(names(schema.at("/$defs/items/properties")).containsAll(PropertyReader.ITEM_KEYS));
    assertEquals(PropertyReader.ITEM_KEYS.size(), names(schema.at("/$defs/items/properties")).size());
  }

  /** Every member of every "properties" keyword carries a description (directly or through its reference). */
  private static void collectUndocumented(JsonNode schema, String path, List<String> undocumented) {
    if (!schema.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
      JsonNode value = keyword.getValue();
      String at = path + "/" + keyword.getKey();
      if (keyword.getKey().equals("if")) {
        continue; // a condition, not keys an editor offers
      }
      if (keyword.getKey().equals("properties") || keyword.getKey().equals("$defs")) {
        for (Map.Entry<String, JsonNode> member : value.properties()) {
          if (keyword.getKey().equals("properties") && !member.getValue().has("description")
              && !member.getValue().has("$ref")) {
            undocumented.add(at + "/" + member.getKey());
          }
          collectUndocumented(member.getValue(), at + "/" + member.getKey(), undocumented);
        }
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          collectUndocumented(value.get(i), at + "/" + i, undocumented);
        }
      } else {
        collectUndocumented(value, at, undocumented);
      }
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
