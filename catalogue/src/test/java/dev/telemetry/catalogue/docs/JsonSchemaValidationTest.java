package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.telemetry.catalogue.docs.SentEvents.Sent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated JSON Schemas against the events as sent, with two independent validators:
 * networknt (Java) and ajv (ECMAScript, from test-tools). Every example batch, the samples'
 * published site and Common Fate's analytics-go fixtures must pass both; each event changed into
 * something the runtime never sends must fail both.
 */
class JsonSchemaValidationTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final List<Sent> SENT = SentEvents.all();

  static List<Sent> sent() {
    return SENT;
  }

  /** A change to an event that makes it something the runtime never sends. */
  record Violation(String name, Consumer<ObjectNode> change) {}

  /** The violations for one event; each applies to a copy. */
  static List<Violation> violations(ObjectNode event) {
    List<Violation> violations = new ArrayList<>();
    violations.add(new Violation("an undeclared property",
        copy -> SentProperties.in(copy).put("email", "someone@example.com")));
    violations.add(new Violation("a $ key the runtime never adds",
        copy -> ((ObjectNode) copy.get("properties")).put("$current_url", "https://example.com/")));
    violations.add(new Violation("an IP address in $ip",
        copy -> ((ObjectNode) copy.get("properties")).put("$ip", "203.0.113.7")));
    violations.add(new Violation("a member PostHog's envelope does not have here",
        copy -> copy.put("api_key", "phc_123")));
    violations.add(new Violation("a distinct ID that was not hashed",
        copy -> copy.put("distinct_id", event.get("properties").has("$group_set") ? "dep_123" : "usr_123")));
    for (Map.Entry<String, JsonNode> property : SentProperties.in(event).properties()) {
      if (property.getKey().startsWith("$")) {
        continue;
      }
      violations.add(new Violation("'" + property.getKey() + "' of the wrong type",
          copy -> SentProperties.in(copy).set(property.getKey(), wrongType(property.getValue()))));
      if (property.getValue().isTextual() && property.getValue().textValue().matches("^[a-z]+_[A-Za-z0-9_-]{43}$")) {
        violations.add(new Violation("'" + property.getKey() + "' not hashed",
            copy -> SentProperties.in(copy).put(property.getKey(), "usr_123")));
      }
    }
    if (event.has("$set")) {
      violations.add(new Violation("the person properties in properties instead of $set", copy -> {
        ObjectNode set = (ObjectNode) copy.remove("$set");
        ((ObjectNode) copy.get("properties")).setAll(set);
      }));
    }
    return violations;
  }

  @Test
  void coversEveryExampleThePublishedSiteAndTheAnalyticsGoFixtures() {
    List<String> labels = SENT.stream().map(Sent::label).toList();
    // Every event of the samples' catalogue (cf:rule.archived is retired there) is in the site.
    assertEquals(
        labels.stream().filter(label -> label.startsWith("samples ")).count(),
        labels.stream().filter(label -> label.startsWith("samples/site ")).count(),
        labels.toString());
    assertTrue(labels.stream().filter(label -> label.startsWith("samples/site ")).count() >= 7, labels.toString());
    assertEquals(3, labels.stream().filter(label -> label.startsWith("analytics-go ")).count(), labels.toString());
    assertTrue(labels.stream().anyMatch(label -> label.startsWith("test t:identify:")), labels.toString());
    assertTrue(labels.stream().anyMatch(label -> label.startsWith("test t:groupidentify:")), labels.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sent")
  void networkntAcceptsTheEventAsSent(Sent sent) {
    assertEquals(List.of(), schema(sent).validate(sent.event()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sent")
  void networkntRejectsWhatTheRuntimeNeverSends(Sent sent) {
    Schema schema = schema(sent);
    for (Violation violation : violations(sent.event())) {
      ObjectNode changed = sent.event().deepCopy();
      violation.change().accept(changed);
      List<Error> errors = schema.validate(changed);
      assertFalse(errors.isEmpty(), sent.label() + " with " + violation.name() + " passes networknt");
    }
  }

  @Test
  void ajvAcceptsEveryEventAsSentAndRejectsWhatTheRuntimeNeverSends(@TempDir Path dir) throws Exception {
    String missing = Ajv.missing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    Map<String, ObjectNode> schemas = new LinkedHashMap<>();
    List<Ajv.Case> cases = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Sent sent : SENT) {
      schemas.put(sent.schemaName(), sent.schema());
      cases.add(new Ajv.Case(sent.schemaName(), sent.event()));
      expected.add("valid: " + sent.label());
      for (Violation violation : violations(sent.event())) {
        ObjectNode changed = sent.event().deepCopy();
        violation.change().accept(changed);
        cases.add(new Ajv.Case(sent.schemaName(), changed));
        expected.add("invalid: " + sent.label() + " with " + violation.name());
      }
    }
    List<Ajv.Verdict> verdicts = Ajv.validate(dir, schemas, cases);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      if (verdicts.get(i).valid() != expected.get(i).startsWith("valid: ")) {
        wrong.add("ajv disagrees, expected " + expected.get(i) + ": " + verdicts.get(i).errors());
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(cases.size() > 3 * SENT.size(), "each event has several violations");
  }

  private static JsonNode wrongType(JsonNode value) {
    if (value.isTextual()) {
      return IntNode.valueOf(42);
    }
    return TextNode.valueOf("not a " + value.getNodeType().name().toLowerCase(Locale.ROOT));
  }

  private static Schema schema(Sent sent) {
    return REGISTRY.getSchema(sent.schema());
  }
}
