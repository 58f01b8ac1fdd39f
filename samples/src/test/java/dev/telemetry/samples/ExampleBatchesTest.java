package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The published example batches are what analytics-go sends for the same events: each equals the
 * fixture of the same name as a JSON value, apart from the keys we add on purpose.
 */
class ExampleBatchesTest {

  @Test
  void publishedExamplesEqualTheAnalyticsGoFixtures() throws Exception {
    Path fixtures = SharedFiles.find("compat/analytics-go").orElse(null);
    Assumptions.assumeTrue(fixtures != null, "shared/compat/analytics-go is not beside this repository");
    List<Path> files;
    try (Stream<Path> list = Files.list(fixtures)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no fixtures in " + fixtures);

    for (Path fixture : files) {
      Path published = PublishedSite.SITE.resolve("examples").resolve(fixture.getFileName().toString());
      assertTrue(Files.isRegularFile(published), "samples/site has no " + published + " for the fixture " + fixture);
      assertEquals(
          JsonValues.comparable(fixture),
          JsonValues.comparable(published),
          published + " differs from analytics-go's " + fixture + " (uuid, $geoip_disable and $ip aside)");
    }
  }
}
