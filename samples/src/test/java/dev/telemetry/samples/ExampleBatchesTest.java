package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.docs.EventFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The published example batches are what analytics-go sends for the same events: each equals the
 * fixture of the same name as a JSON value, apart from the keys we add on purpose and the sample's
 * declared evolution (analytics-go's fixtures describe the shared reference catalogue): the
 * properties the sample added are left out, and an event it removed has no example any more.
 */
class ExampleBatchesTest {

  @Test
  void publishedExamplesEqualTheAnalyticsGoFixtures() throws Exception {
    Path fixtures = SharedFiles.find("compat/analytics-go").orElse(null);
    Path shared = SharedFiles.find("spec/catalogue-example.yaml").orElse(null);
    Assumptions.assumeTrue(fixtures != null && shared != null, "shared/ is not beside this repository");
    List<Path> files;
    try (Stream<Path> list = Files.list(fixtures)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no fixtures in " + fixtures);
    SharedExampleEvolution evolution = SharedExampleEvolution.from(shared);
    Map<String, String> removedByFile = new TreeMap<>();
    evolution.removedEvents().forEach(event -> removedByFile.put(EventFiles.stem(event) + ".json", event));

    for (Path fixture : files) {
      String name = fixture.getFileName().toString();
      Path published = PublishedSite.SITE.resolve("examples").resolve(name);
      if (removedByFile.containsKey(name)) {
        assertFalse(Files.exists(published), published + " is published, but " + removedByFile.get(name) + " was removed");
        continue;
      }
      assertTrue(Files.isRegularFile(published), "samples/site has no " + published + " for the fixture " + fixture);
      Object sent = JsonValues.comparable(published);
      evolution.addedProperties().forEach((event, properties) -> {
        if (name.equals(EventFiles.stem(event) + ".json")) {
          withoutProperties(sent, properties);
        }
      });
      assertEquals(
          JsonValues.comparable(fixture),
          sent,
          published + " differs from analytics-go's " + fixture + " (uuid, $geoip_disable, $ip and the properties"
              + " added since the shared example aside)");
    }
  }

  /** Removes {@code names} from the properties of every event of {@code batch}, as a JSON value. */
  @SuppressWarnings("unchecked")
  private static void withoutProperties(Object batch, Set<String> names) {
    for (Object event : (List<Object>) ((Map<String, Object>) batch).get("batch")) {
      Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) event).get("properties");
      assertTrue(properties.keySet().containsAll(names), "the example shows the added properties " + names);
      properties.keySet().removeAll(names);
    }
  }
}
