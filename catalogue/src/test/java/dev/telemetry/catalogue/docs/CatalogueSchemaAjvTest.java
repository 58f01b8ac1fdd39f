package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.telemetry.catalogue.validate.CatalogueSchema;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue-format schema as ajv takes it: strict mode compiles it (a valid {@code $id}, no
 * unknown keyword), it accepts the valid catalogues and rejects invalid ones, as networknt does in
 * {@code CatalogueSchemaTest}.
 */
class CatalogueSchemaAjvTest {
  @Test
  void ajvCompilesTheFormatSchemaAndAgreesWithTheLoader(@TempDir Path dir) throws Exception {
    String missing = Ajv.missing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    JsonNode schema;
    try (InputStream in = CatalogueSchema.open()) {
      schema = new ObjectMapper().readTree(in);
    }
    assertEquals("urn:dev-telemetry:catalogue:1", schema.get("$id").textValue());
    List<String> files = List.of("valid/catalogue-example.yaml", "valid/shop.yaml", "valid/lifecycle.yaml",
        "invalid/08-unknown-top-level-key.yaml", "invalid/19-event-name-capitals.yaml", "invalid/44-unknown-kind.yaml");
    List<Ajv.Case> cases = new ArrayList<>();
    for (String file : files) {
      cases.add(new Ajv.Case("catalogue", yaml("catalogues/" + file)));
    }
    List<Ajv.Verdict> verdicts = Ajv.validate(dir, Map.of("catalogue", schema), cases);
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      actual.add(files.get(i) + (verdicts.get(i).valid() ? " valid" : " invalid"));
    }
    assertEquals(files.stream().map(file -> file + (file.startsWith("valid/") ? " valid" : " invalid")).toList(), actual);
  }

  private static JsonNode yaml(String resource) throws Exception {
    try (InputStream in = CatalogueSchemaAjvTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new YAMLMapper().readTree(in);
    }
  }
}
