package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.model.EventSpec;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The docs published in {@code samples/site/} are exactly what the build generates. */
class SiteIsCurrentTest {

  @Test
  void publishedSiteIsWhatTheBuildGenerates() throws Exception {
    assertTrue(
        Files.isDirectory(PublishedSite.GENERATED),
        "the processor wrote no docs to samples/" + PublishedSite.GENERATED
            + "; the compiler option -Atelemetry.docs.dir in samples/pom.xml should make it");
    Map<String, byte[]> generated = PublishedSite.files(PublishedSite.GENERATED);
    Map<String, byte[]> published = PublishedSite.files(PublishedSite.SITE);

    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      byte[] copy = published.get(file.getKey());
      if (copy == null) {
        stale.add(file.getKey() + " is missing");
      } else if (!Arrays.equals(copy, file.getValue())) {
        stale.add(file.getKey() + " differs");
      }
    }
    for (String name : published.keySet()) {
      if (!generated.containsKey(name)) {
        stale.add(name + " is no longer generated");
      }
    }

    assertTrue(
        stale.isEmpty(),
        "samples/site/ is stale: " + String.join(", ", stale) + ".\nRefresh it from the repository root with\n  "
            + PublishedSite.REFRESH_COMMAND + "\nand commit samples/site/.");
  }

  @Test
  void siteHasThePagesAndOneSchemaAndExamplePerEvent() throws Exception {
    Set<String> expected = new TreeSet<>(List.of("telemetry.md", "telemetry.html", "catalogue.json"));
    for (EventSpec event : CatalogueEvents.load().events().values()) {
      expected.add("schemas/" + PublishedSite.stem(event.name()) + ".schema.json");
      expected.add("examples/" + PublishedSite.stem(event.name()) + ".json");
    }

    assertEquals(expected, PublishedSite.files(PublishedSite.SITE).keySet());
  }
}
