package dev.telemetry.samples;

import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sample's catalogue, and the events it declares as they look on the wire: a capture by its
 * name, an identify as {@code $identify}, a group-identify as {@code $groupidentify:GROUP}.
 */
final class CatalogueEvents {
  /** The catalogue the sample compiles against. */
  static final Path FILE = Path.of("src/main/resources/telemetry/catalogue.yaml");

  private CatalogueEvents() {}

  /** The loaded catalogue. */
  static Catalogue load() throws Exception {
    return CatalogueLoader.load(FILE).catalogue();
  }

  /** The wire names of every catalogue event. */
  static Set<String> expectedWireNames() throws Exception {
    Set<String> names = new TreeSet<>();
    for (EventSpec event : load().events().values()) {
      names.add(
          switch (event.kind()) {
            case CAPTURE -> event.name();
            case IDENTIFY -> "$identify";
            case GROUP_IDENTIFY -> "$groupidentify:" + event.group();
          });
    }
    return names;
  }

  /** The wire name of one sent event, in the form of {@link #expectedWireNames()}. */
  @SuppressWarnings("unchecked")
  static String wireName(Map<String, Object> event) {
    String name = (String) event.get("event");
    if (name.equals("$groupidentify")) {
      Map<String, Object> properties = (Map<String, Object>) event.get("properties");
      return name + ":" + properties.get("$group_type");
    }
    return name;
  }
}
