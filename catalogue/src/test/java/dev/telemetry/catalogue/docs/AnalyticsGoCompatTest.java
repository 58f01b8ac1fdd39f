package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published example batches equal the batches Common Fate's analytics-go sends for the same
 * events, as JSON values, except for what we add on purpose: a {@code uuid} per event and the
 * privacy properties {@code $geoip_disable} and {@code $ip}.
 */
class AnalyticsGoCompatTest {
  private static final Path FIXTURES = Catalogues.RESOURCES.resolve("analytics-go");
  private static final Catalogue CATALOGUE = Catalogues.example();
  private static final Map<String, byte[]> FILES =
      new DocsGenerator(DocsOptions.defaults().withEnvPrefix("CF_ANALYTICS")).render(CATALOGUE);

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      List<Path> json = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
      assertEquals(3, json.size(), "the three analytics-go fixtures are in " + FIXTURES);
      return json.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void exampleBatchMatchesTheFixture(Path fixture) throws IOException {
    String fileName = fixture.getFileName().toString();
    EventSpec event = CATALOGUE.events().values().stream()
        .filter(candidate -> EventFiles.example(candidate.name()).equals("examples/" + fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no catalogue event is published as " + fileName));
    byte[] published = FILES.get(EventFiles.example(event.name()));
    assertNotNull(published, event.name() + " has an example batch");

    JsonNode ours = PrettyJson.read(published);
    for (JsonNode sent : ours.get("batch")) {
      assertTrue(sent.get("uuid").isTextual(), "every event carries a uuid");
      ObjectNode properties = (ObjectNode) sent.get("properties");
      assertEquals(true, properties.get("$geoip_disable").booleanValue());
      assertTrue(properties.get("$ip").isNull());
      ((ObjectNode) sent).remove("uuid");
      properties.remove(List.of("$geoip_disable", "$ip"));
    }
    assertEquals(PrettyJson.read(Files.readAllBytes(fixture)), ours);
  }
}
