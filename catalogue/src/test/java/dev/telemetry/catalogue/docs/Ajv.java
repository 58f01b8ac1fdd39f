package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ajv (draft 2020-12, strict, the u flag on patterns, ajv-formats) from {@code test-tools}, run
 * by {@code validate.mjs} once for many instances: a second validator, independent of Java's.
 */
final class Ajv {
  /** One instance to validate against the schema of that name. */
  record Case(String schemaName, JsonNode instance) {}

  /** ajv's verdict on one case. */
  record Verdict(boolean valid, String errors) {}

  private Ajv() {}

  /** Null when node and the npm tools are there, else why the ajv tests are skipped. */
  static String missing() throws Exception {
    return SiteTools.npmToolsMissing();
  }

  /** ajv's verdicts, one per case in order; fails when a schema does not compile in ajv. */
  static List<Verdict> validate(Path dir, Map<String, ? extends JsonNode> schemas, List<Case> cases) throws Exception {
    ObjectNode input = PrettyJson.object();
    ObjectNode named = input.putObject("schemas");
    schemas.forEach(named::set);
    ArrayNode list = input.putArray("cases");
    for (Case c : cases) {
      list.addObject().put("schema", c.schemaName()).set("instance", c.instance());
    }
    Path in = Files.createTempFile(dir, "ajv-cases", ".json");
    Path out = dir.resolve(in.getFileName() + ".out");
    Files.writeString(in, input.toString());
    SiteTools.Run run = SiteTools.run(SiteTools.TOOLS, 120,
        SiteTools.node(SiteTools.TOOLS.resolve("validate.mjs").toString(), in.toString(), out.toString()));
    assertTrue(run.ok(), "ajv failed:\n" + run.output());
    JsonNode results = PrettyJson.read(Files.readAllBytes(out));
    List<Verdict> verdicts = new ArrayList<>();
    for (JsonNode result : results) {
      verdicts.add(new Verdict(result.get("valid").booleanValue(), result.get("errors").toString()));
    }
    return verdicts;
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
