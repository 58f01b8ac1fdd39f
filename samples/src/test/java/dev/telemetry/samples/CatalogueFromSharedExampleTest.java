package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.telemetry.catalogue.evolution.CatalogueChange;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.ChangeKind;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample's catalogue is the shared reference catalogue ({@code shared/spec/catalogue-example.yaml})
 * plus the evolution it declares, and nothing else: a product that was released with the reference
 * catalogue and has since changed what it collects only in the open.
 *
 * <p>Two relations, from two sides. Through the change gate's own comparison, the changes in what is
 * collected since the shared example are exactly the sample's {@code changes:} entries. As written,
 * undoing those changes (the properties added, the events removed) and the lifecycle keys, which
 * the shared example predates, gives back the shared example's events key for key, texts and
 * examples included, and every other top-level key of the shared example is unchanged. Keys the
 * shared example does not have (such as {@code changes}) are the sample's own.
 */
class CatalogueFromSharedExampleTest {
  /** The event keys the shared example predates; they change nothing in what is collected. */
  private static final Set<String> LIFECYCLE_KEYS = Set.of("owner", "expires", "expires-reason", "data-category");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Path shared;

  @BeforeEach
  void findTheSharedExample() {
    shared = SharedFiles.find("spec/catalogue-example.yaml").orElse(null);
    Assumptions.assumeTrue(shared != null, "shared/spec/catalogue-example.yaml is not beside this repository");
  }

  @Test
  void whatChangedSinceTheSharedExampleIsExactlyWhatTheSampleDeclares() throws Exception {
    Catalogue sample = CatalogueEvents.load();
    Set<String> declared = sample.changes().stream()
        .map(change -> change.kind().key() + ": " + change.what())
        .collect(Collectors.toCollection(TreeSet::new));

    Set<String> happened = changesSinceTheSharedExample().stream()
        .map(change -> change.kind().key() + ": " + change.what())
        .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(declared, happened,
        "the changes from " + shared + " to " + CatalogueEvents.FILE + " must be the sample's changes: entries");
  }

  @Test
  void undoingTheDeclaredChangesGivesBackTheSharedExample() throws Exception {
    JsonNode original = YAML.readTree(shared.toFile());
    ObjectNode evolved = (ObjectNode) YAML.readTree(CatalogueEvents.FILE.toFile());

    for (Iterator<String> keys = original.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("events")) {
        assertEquals(original.get(key), evolved.get(key), "top-level '" + key + "' differs from " + shared);
      }
    }
    ObjectNode events = (ObjectNode) evolved.get("events");
    for (CatalogueChange change : changesSinceTheSharedExample()) {
      undo(change, events, original.get("events"));
    }
    for (Iterator<String> names = original.get("events").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      ObjectNode event = (ObjectNode) events.get(name);
      assertNotNull(event, "event " + name + " of " + shared + " is missing, and no change removes it");
      event.remove(LIFECYCLE_KEYS);
      assertEquals(original.get("events").get(name), event,
          "event " + name + " differs from " + shared + " in more than its declared changes and lifecycle keys");
    }
  }

  /**
   * Takes back one change in the sample's tree. Only the kinds of change the sample makes are known
   * here; another kind fails, saying so, so that whoever adds one teaches this test to undo it.
   */
  private static void undo(CatalogueChange change, ObjectNode events, JsonNode originalEvents) {
    String what = change.what();
    if (change.kind() == ChangeKind.MORE_DATA && change.property() != null && what.endsWith(" added")
        && !change.property().contains(".") && !change.property().endsWith("[]")) {
      ObjectNode event = (ObjectNode) events.get(change.event());
      ((ObjectNode) event.get("properties")).remove(change.property());
      // The example shows the new property; the shared example's example did not have it.
      if (event.get("example") instanceof ObjectNode example) {
        example.remove(change.property());
      }
    } else if (change.kind() == ChangeKind.BREAKING && change.property() == null
        && what.equals("event " + change.event() + " removed")) {
      assertFalse(events.has(change.event()), what);
      events.set(change.event(), originalEvents.get(change.event()).deepCopy());
      // The event's own lifecycle keys are removed with the others'; it had none when it was removed.
    } else {
      throw new AssertionError("this test cannot undo '" + what + "' yet: teach undo() that kind of change");
    }
  }

  private List<CatalogueChange> changesSinceTheSharedExample() throws Exception {
    return SharedExampleEvolution.from(shared).changes();
  }
}
