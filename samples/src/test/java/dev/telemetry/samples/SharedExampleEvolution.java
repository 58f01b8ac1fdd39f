package dev.telemetry.samples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telemetry.catalogue.evolution.CatalogueChange;
import dev.telemetry.catalogue.evolution.CatalogueDiff;
import dev.telemetry.catalogue.evolution.ChangeGate;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.ChangeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the sample's catalogue has evolved from the shared reference catalogue
 * ({@code shared/spec/catalogue-example.yaml}), which analytics-go's fixtures describe: the change
 * gate's own comparison of the two, neutral differences (texts, lifecycle keys) left out.
 *
 * @param changes every change in what is collected, in the order of the sample's catalogue
 */
record SharedExampleEvolution(List<CatalogueChange> changes) {

  /** The comparison of {@code shared} with the sample's catalogue. */
  static SharedExampleEvolution from(Path shared) throws Exception {
    JsonNode before = ChangeGate.published(CatalogueLoader.load(shared).catalogue());
    JsonNode after = ChangeGate.published(CatalogueEvents.load());
    return new SharedExampleEvolution(CatalogueDiff.between(before, after).stream()
        .filter(change -> change.kind() != ChangeKind.NEUTRAL)
        .toList());
  }

  /** The events of the shared example that the sample no longer has. */
  Set<String> removedEvents() {
    Set<String> names = new TreeSet<>();
    for (CatalogueChange change : changes) {
      if (change.kind() == ChangeKind.BREAKING && change.what().equals("event " + change.event() + " removed")) {
        names.add(change.event());
      }
    }
    return names;
  }

  /** The top-level properties the sample added to events of the shared example, by event. */
  Map<String, Set<String>> addedProperties() {
    Map<String, Set<String>> added = new TreeMap<>();
    for (CatalogueChange change : changes) {
      if (change.kind() == ChangeKind.MORE_DATA && change.event() != null && change.property() != null
          && change.what().equals("property " + change.event() + "." + change.property() + " added")) {
        added.computeIfAbsent(change.event(), event -> new TreeSet<>()).add(change.property());
      }
    }
    return added;
  }
}
