package dev.telemetry.catalogue.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.load.LoadResult;
import dev.telemetry.catalogue.load.Problem;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.PropertySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per validation rule that the invalid catalogues under test resources do not already
 * pin down, each with the exact problem: code, file:line:column, message and fix.
 */
class ValidationRulesTest {
  /** A minimal valid catalogue; {@code %s} are the lines of properties and of example values. */
  private static final String TEMPLATE = """
      catalogue: 1
      namespace: ns
      product: P
      events:
        ns:app.started:
          emitted-when: The app starts
          purpose: Counts starts.
          distinct-id: { hash: ins }
          properties:
      %s
          example:
            distinct-id: ins_1
      %s
      """;

  private static String catalogue(String properties, String example) {
    return TEMPLATE.formatted(properties.stripTrailing(), example.stripTrailing());
  }

  private static List<String> problems(String text) {
    CatalogueException failure = assertThrows(CatalogueException.class, () -> CatalogueLoader.load("c.yaml", text));
    List<String> problems = new ArrayList<>();
    for (Problem problem : failure.problems()) {
      problems.add(problem.code() + " " + problem);
    }
    return problems;
  }

  @Test
  void theMinimalCatalogueLoads() throws Exception {
    LoadResult result = CatalogueLoader.load("c.yaml",
        catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3"));
    assertEquals(List.of("runs"), List.copyOf(result.catalogue().events().get("ns:app.started").properties().keySet()));
  }

  @Test
  void everyProblemOfTheFileIsReportedInFileOrder() {
    String text = catalogue("""
              b: { type: strin, description: B. }
              a: { type: integer, minimum: 5, descripton: A. }
        """, """
              a: 1
              c: 2
        """);
    assertEquals(List.of(
        "CATALOGUE-UNKNOWN-TYPE c.yaml:10:18: Unknown type 'strin' in property 'b' of event 'ns:app.started'. Did you mean 'string'?",
        "CATALOGUE-MISSING-KEY c.yaml:11:7: Property 'a' of event 'ns:app.started' has no 'description'. Add 'description: what the value means'; it is published in the docs.",
        "CATALOGUE-UNKNOWN-KEY c.yaml:11:39: Unknown key 'descripton' in property 'a' of event 'ns:app.started'. Did you mean 'description'?",
        "CATALOGUE-EXAMPLE c.yaml:12:5: The example of event 'ns:app.started' has no value for required property 'b'. Add 'b:' with an example value, or mark the property 'required: false'.",
        "CATALOGUE-EXAMPLE c.yaml:14:10: 'a' in the example of event 'ns:app.started' is 1, below its minimum 5. Change the example value, or lower 'minimum'.",
        "CATALOGUE-EXAMPLE c.yaml:15:7: The example of event 'ns:app.started' has a value for 'c', which is not a property of the event. Remove it, or declare the property."),
        problems(text));
  }

  @Test
  void anUnknownKeyFarFromEveryKnownKeyListsTheKeysAllowed() {
    String text = catalogue("      runs: { type: integer, colour: red, description: Runs. }", "      runs: 3");
    assertEquals(List.of("CATALOGUE-UNKNOWN-KEY c.yaml:10:30: Unknown key 'colour' in property 'runs' of event "
        + "'ns:app.started'. The keys allowed here are: type, description, required, values, items, max-items, pattern, "
        + "max-length, minimum, maximum, hash, raw-identifier, free-text, allow-pii."), problems(text));
  }

  @Test
  void aCommaThatCutsUnquotedTextInAFlowMappingIsALocatedErrorThatSaysToQuote() {
    String text = catalogue("      runs: { type: integer, description: Runs, if any, since start. }", "      runs: 3");
    assertEquals(List.of("CATALOGUE-SYNTAX c.yaml:10:49: Inside '{ }' a comma ends unquoted text, so the value of "
        + "'description' is only 'Runs' and 'if any' is read as another key without a value. "
        + "Quote the text: description: \"Runs, if any, since start.\""), problems(text));
  }

  @Test
  void quotedTextWithCommasInAFlowMappingIsTheWholeText() throws Exception {
    LoadResult result = CatalogueLoader.load("c.yaml",
        catalogue("      runs: { type: integer, description: \"Runs, if any, since start.\" }", "      runs: 3"));
    assertEquals("Runs, if any, since start.",
        result.catalogue().events().get("ns:app.started").properties().get("runs").description());
  }

  @Test
  void aKeyWithAColonAfterTextIsStillAKey() {
    String text = catalogue("      runs: { type: integer, description: Runs, colour: }", "      runs: 3");
    assertEquals(List.of("CATALOGUE-UNKNOWN-KEY c.yaml:10:49: Unknown key 'colour' in property 'runs' of event "
        + "'ns:app.started'. The keys allowed here are: type, description, required, values, items, max-items, pattern, "
        + "max-length, minimum, maximum, hash, raw-identifier, free-text, allow-pii."), problems(text));
  }

  @Test
  void jsonIsRecognisedByItsFirstCharacterAndItsDuplicateKeysAreReported() {
    String json = """
        {"catalogue": 1, "namespace": "ns", "product": "P", "product": "Q",
         "events": {}}
        """;
    CatalogueException failure = assertThrows(CatalogueException.class, () -> CatalogueLoader.load("c.txt", json));
    assertEquals("c.txt:1:53: Duplicate key 'product'; it is already defined at line 1. Remove one of the two, or merge them.",
        failure.problems().get(0).toString());
  }

  @Test
  void aByteOrderMarkIsIgnored() throws Exception {
    String text = "\uFEFF" + catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3");
    assertEquals("ns", CatalogueLoader.load("c.yaml", text).catalogue().namespace());
  }

  @Test
  void aMissingFileIsAProblemOfItsOwn(@TempDir Path folder) {
    Path missing = folder.resolve("nothing.yaml");
    CatalogueException failure = assertThrows(CatalogueException.class, () -> CatalogueLoader.load(missing));
    assertEquals(missing + ": The catalogue file does not exist. Check the path, or create the file.",
        failure.problems().get(0).toString());
    assertEquals(ProblemCode.READ.code(), failure.problems().get(0).code());
  }

  @Test
  void aFileThatIsNotUtf8IsAProblemOfItsOwn(@TempDir Path folder) throws Exception {
    Path latin1 = folder.resolve("latin1.yaml");
    Files.write(latin1, "product: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    CatalogueException failure = assertThrows(CatalogueException.class, () -> CatalogueLoader.load(latin1));
    assertEquals(latin1 + ": The catalogue file is not UTF-8 text. Save it with the UTF-8 encoding.",
        failure.problems().get(0).toString());
  }

  @Test
  void valuesNestedBeyondAnySensibleDepthAreRefused() {
    String text = "catalogue: 1\nnamespace: ns\nproduct: P\nevents: " + "[".repeat(45) + "]".repeat(45) + "\n";
    assertEquals(List.of("CATALOGUE-VALUE c.yaml:4:9: 'events' in the catalogue must be a mapping, but is a list. "
        + "Write a mapping after 'events:'.",
        "CATALOGUE-SYNTAX c.yaml:4:49: The values are nested more than 40 levels deep. "
        + "A catalogue never needs this much nesting; check the indentation."), problems(text));
  }

  @Test
  void anExampleWholeNumberMustFitIn64Bits() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 99999999999999999999");
    assertEquals(List.of("CATALOGUE-EXAMPLE c.yaml:13:13: 'runs' in the example of event 'ns:app.started' is "
        + "99999999999999999999, which does not fit in 64 bits. Use a smaller example value."), problems(text));
  }

  @Test
  void anExampleIntegerIsNotADecimal() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 2.5");
    assertEquals(List.of("CATALOGUE-EXAMPLE c.yaml:13:13: 'runs' in the example of event 'ns:app.started' must be "
        + "a whole number, but is the number 2.5. Write a whole number such as 3."), problems(text));
  }

  @Test
  void anExampleValueCannotBeEmpty() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs:");
    assertEquals(List.of("CATALOGUE-EXAMPLE c.yaml:13:12: 'runs' in the example of event 'ns:app.started' has "
        + "no value. Give an example value, or leave out the property if it is optional."), problems(text));
  }

  @Test
  void anExampleMustBeAMapping() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "").replace(
        "    example:\n      distinct-id: ins_1\n", "    example: [1]\n");
    assertEquals(List.of("CATALOGUE-EXAMPLE c.yaml:11:14: The example of event 'ns:app.started' must be a mapping "
        + "of property names to values, but is a list. Write one 'property: value' line per property under 'example:'."),
        problems(text));
  }

  @Test
  void anExampleStringRespectsMaxLength() {
    String text = catalogue("      tier: { type: string, max-length: 3, description: Tier. }", "      tier: gold");
    assertEquals(List.of("CATALOGUE-EXAMPLE c.yaml:13:13: 'tier' in the example of event 'ns:app.started' is 4 "
        + "characters long, more than its max-length 3. Shorten the example value, or raise 'max-length'."),
        problems(text));
  }

  @Test
  void anExampleDurationIsANumberOfSeconds() throws Exception {
    String text = catalogue("      took: { type: duration, description: Took. }", "      took: PT5S");
    assertEquals(List.of("CATALOGUE-EXAMPLE c.yaml:13:13: 'took' in the example of event 'ns:app.started' must be "
        + "a number of seconds, but is the text 'PT5S'. Write a number such as 1.5."), problems(text));
    Catalogue catalogue = CatalogueLoader.load("c.yaml", text.replace("PT5S", "1.5")).catalogue();
    assertEquals(1.5, catalogue.events().get("ns:app.started").example().values().get("took"));
  }

  @Test
  void anExampleTimestampMayCarryAnOffset() throws Exception {
    String text = catalogue("      at: { type: timestamp, description: At. }", "      at: 2009-11-10T23:00:00.5+01:00");
    assertEquals("2009-11-10T23:00:00.5+01:00",
        CatalogueLoader.load("c.yaml", text).catalogue().events().get("ns:app.started").example().values().get("at"));
  }

  @Test
  void anExampleTimestampWithoutSecondsIsNotRfc3339() {
    String text = catalogue("      at: { type: timestamp, description: At. }", "      at: 2009-11-10T23:00Z");
    List<String> problems = problems(text);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("CATALOGUE-EXAMPLE c.yaml:"), problems.get(0));
    assertTrue(problems.get(0).contains("'at'"), problems.get(0));
  }

  @Test
  void aGivenDistinctIdNeedsAValidHashPrefix() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3")
        .replace("{ hash: ins }", "{ hash: 1ns }");
    assertEquals(List.of("CATALOGUE-NAME c.yaml:8:26: The hash prefix '1ns' of the distinct-id of event "
        + "'ns:app.started' is not a lowercase letter followed by letters and digits. "
        + "Use a short prefix such as 'usr'; hashed values are sent as 'usr_<hash>'."), problems(text));
  }

  @Test
  void aDistinctIdPropertyMustBeRequired() {
    String text = catalogue("      user_id: { type: string, hash: usr, required: false, description: U. }", "")
        .replace("{ hash: ins }", "user_id").replace("    example:\n      distinct-id: ins_1\n", "");
    assertEquals(List.of("CATALOGUE-DISTINCT-ID c.yaml:8:18: The distinct-id of event 'ns:app.started' names "
        + "property 'user_id', which is optional. Make property 'user_id' required; every event needs a distinct ID."),
        problems(text));
  }

  @Test
  void aDistinctIdPropertyMustBeAString() {
    String text = catalogue("      user_id: { type: integer, hash: usr, description: U. }", "      user_id: 123")
        .replace("{ hash: ins }", "user_id").replace("      distinct-id: ins_1\n", "");
    assertEquals(List.of("CATALOGUE-DISTINCT-ID c.yaml:8:18: The distinct-id of event 'ns:app.started' names "
        + "property 'user_id', which is a hashed integer; PostHog distinct IDs are strings, so the ID would be hashed "
        + "as text and the property as a number, and the two would not match. Declare property 'user_id' as "
        + "'type: string' (a numeric ID is then sent as its digits), or write 'distinct-id: { hash: usr }' and pass "
        + "the ID to track(event, id)."),
        problems(text));
  }

  @Test
  void aHashedStringDistinctIdPropertyLoads() throws Exception {
    String text = catalogue("      user_id: { type: string, hash: usr, description: U. }", "      user_id: \"123\"")
        .replace("{ hash: ins }", "user_id").replace("      distinct-id: ins_1\n", "");
    assertEquals(new DistinctId.FromProperty("user_id", "usr"),
        CatalogueLoader.load("c.yaml", text).catalogue().events().get("ns:app.started").distinctId());
  }

  @Test
  void aDistinctIdIsAPropertyNameOrAHashPrefix() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3")
        .replace("{ hash: ins }", "42").replace("      distinct-id: ins_1\n", "");
    assertEquals(List.of("CATALOGUE-DISTINCT-ID c.yaml:8:18: The distinct-id of event 'ns:app.started' must name "
        + "a property or be '{ hash: PREFIX }', but is the number 42. "
        + "Write 'distinct-id: <hashed property>' or 'distinct-id: { hash: usr }'."), problems(text));
  }

  @Test
  void aNamedTypeCannotTakeTheNameOfABuiltInType() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3").replace("events:\n",
        "types:\n  string:\n    description: S.\n    properties: {}\nevents:\n");
    assertEquals(List.of("CATALOGUE-NAME c.yaml:5:3: Type name 'string' is a built-in type. "
        + "Choose another name for the named type."), problems(text));
  }

  @Test
  void aTypeThatContainsItselfThroughAnArrayIsACycle() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3").replace("events:\n", """
        types:
          node:
            description: A tree node.
            properties:
              children: { type: array, items: { type: node }, description: The children. }
        events:
        """);
    assertEquals(List.of("CATALOGUE-TYPE-CYCLE c.yaml:5:3: Named types form a cycle: node -> node. A type cannot "
        + "contain itself, directly or through other types; remove or change one of these properties."), problems(text));
  }

  @Test
  void aMetricListsAtLeastOneEventByName() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3").replace("events:\n", """
        metrics:
          - metric: Starts.
            purpose: Counts.
            events: []
          - metric: Runs.
            purpose: Counts.
            events: [3]
        events:
        """);
    assertEquals(List.of(
        "CATALOGUE-METRIC c.yaml:7:13: The metric 'Starts.' lists no events. List the events that feed it.",
        "CATALOGUE-METRIC c.yaml:10:14: The events of metric 'Runs.' must be event names, but one is the number 3. "
            + "Write the event name, such as 'cf:request.created'."), problems(text));
  }

  @Test
  void forbiddenNamesAreSnakeCase() {
    String text = catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3").replace("events:\n", """
        policy:
          forbid:
            - names: [accountId]
              reason: Identifies a customer.
        events:
        """);
    assertEquals(List.of("CATALOGUE-NAME c.yaml:6:15: Forbidden names are snake_case property names, but this one "
        + "is the text 'accountId'. Did you mean 'account_id'?"), problems(text));
  }

  @Test
  void reasonsAndConstraintsAreKeptInTheModel() throws Exception {
    String text = catalogue("""
              session: { type: string, raw-identifier: Random per run., max-length: 8, description: S. }
              note: { type: string, free-text: Typed by the operator., description: N. }
              email_count: { type: integer, allow-pii: A count of emails is not an email., maximum: 9, description: E. }
        """, """
              session: abc
              note: hello
              email_count: 2
        """);
    Map<String, PropertySpec> properties =
        CatalogueLoader.load("c.yaml", text).catalogue().events().get("ns:app.started").properties();
    assertEquals("Random per run.", properties.get("session").rawIdentifier());
    assertEquals(8, properties.get("session").maxLength());
    assertEquals("Typed by the operator.", properties.get("note").freeText());
    assertEquals("A count of emails is not an email.", properties.get("email_count").allowPii());
    assertEquals(new java.math.BigDecimal("9"), properties.get("email_count").maximum());
  }

  @Test
  void theModelCannotBeChanged() throws Exception {
    Catalogue catalogue = CatalogueLoader.load("c.yaml",
        catalogue("      runs: { type: integer, description: Runs. }", "      runs: 3")).catalogue();
    assertThrows(UnsupportedOperationException.class, () -> catalogue.events().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> catalogue.events().get("ns:app.started").properties().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> catalogue.events().get("ns:app.started").example().values().clear());
    assertThrows(UnsupportedOperationException.class, () -> catalogue.metrics().clear());
    assertTrue(catalogue.types().isEmpty());
  }
}
