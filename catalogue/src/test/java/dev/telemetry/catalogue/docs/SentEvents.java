package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every event that the schema tests validate, each with the schema it must pass: the example
 * batches generated for the test catalogues and the samples' catalogue, the samples' published
 * {@code site/} (examples against the published schemas), and Common Fate's analytics-go fixtures
 * (the wire output of the same events, against the example catalogue's schemas).
 */
final class SentEvents {
  static final Path SAMPLES_CATALOGUE = Path.of("..", "samples", "src", "main", "resources", "telemetry", "catalogue.yaml");
  static final Path SAMPLES_SITE = Path.of("..", "samples", "site");

  /**
   * One event as sent and its schema.
   *
   * @param label where it comes from, for messages
   * @param schemaName a name for the schema, the same for one schema
   * @param schema the event's JSON Schema
   * @param event one element of a batch
   */
  record Sent(String label, String schemaName, ObjectNode schema, ObjectNode event) {
    @Override
    public String toString() {
      return label;
    }
  }

  private SentEvents() {}

  static List<Sent> all() {
    List<Sent> all = new ArrayList<>();
    try {
      generated("example", Catalogues.example(), all);
      generated("test", TestCatalogue.build(), all);
      generated("samples", CatalogueLoader.load(SAMPLES_CATALOGUE).catalogue(), all);
      published(all);
      analyticsGo(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return all;
  }

  private static void generated(String name, Catalogue catalogue, List<Sent> all) {
    Map<String, byte[]> files = new DocsGenerator(DocsOptions.defaults()).render(catalogue);
    for (EventSpec event : catalogue.events().values()) {
      if (event.example() != null) {
        ObjectNode schema = (ObjectNode) PrettyJson.read(files.get(EventFiles.schema(event.name())));
        add(name + " " + event.name(), name + ":" + event.name(), schema, files.get(EventFiles.example(event.name())), all);
      }
    }
  }

  /** The committed samples/site: each example file against the committed schema of its name. */
  private static void published(List<Sent> all) throws IOException {
    try (Stream<Path> examples = Files.list(SAMPLES_SITE.resolve("examples"))) {
      for (Path example : examples.sorted().toList()) {
        String stem = example.getFileName().toString().replace(".json", "");
        Path schema = SAMPLES_SITE.resolve("schemas").resolve(stem + ".schema.json");
        add("samples/site " + stem, "site:" + stem, (ObjectNode) PrettyJson.read(Files.readAllBytes(schema)),
            Files.readAllBytes(example), all);
      }
    }
  }

  private static void analyticsGo(List<Sent> all) throws IOException {
    Map<String, byte[]> files = new DocsGenerator(DocsOptions.defaults()).render(Catalogues.example());
    try (Stream<Path> fixtures = Files.list(Catalogues.RESOURCES.resolve("analytics-go"))) {
      for (Path fixture : fixtures.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
        String stem = fixture.getFileName().toString().replace(".json", "");
        byte[] schema = files.get("schemas/" + stem + ".schema.json");
        add("analytics-go " + stem, "example-for-go:" + stem, (ObjectNode) PrettyJson.read(schema),
            Files.readAllBytes(fixture), all);
      }
    }
  }

  private static void add(String label, String schemaName, ObjectNode schema, byte[] batch, List<Sent> all) {
    JsonNode events = PrettyJson.read(batch).get("batch");
    for (int i = 0; i < events.size(); i++) {
      all.add(new Sent(label + (events.size() == 1 ? "" : " #" + i), schemaName, schema, (ObjectNode) events.get(i)));
    }
  }
}
