package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What can still be trusted in a catalogue that has errors: the model the validator built, and
 * the events that no error touches. An event is damaged when an error lies in its own lines or in
 * the lines of a named type it uses (directly or through other types), or when it uses a type that
 * does not exist. Tools use the rest to report every other error in the same build.
 */
public record PartialCatalogue(Catalogue catalogue, Set<String> damagedEvents) {
  public PartialCatalogue {
    damagedEvents = Set.copyOf(damagedEvents);
  }

  /** Whether {@code event} is declared and no error touches it. */
  public boolean usable(String event) {
    return event != null && catalogue.events().containsKey(event) && !damagedEvents.contains(event);
  }

  /** Works out the damaged events of {@code catalogue} from the lines of {@code errors}. */
  static PartialCatalogue of(Catalogue catalogue, List<Problem> errors) {
    // Each event and type owns the lines from its key to the next event's or type's key.
    TreeMap<Integer, String> starts = new TreeMap<>();
    catalogue.types().values().forEach(type -> starts.put(type.location().line(), "type " + type.name()));
    catalogue.events().values().forEach(event -> starts.put(event.location().line(), "event " + event.name()));
    Set<String> damaged = new HashSet<>();
    for (Problem error : errors) {
      Map.Entry<Integer, String> owner = starts.floorEntry(error.location().line());
      if (owner != null && error.location().file().equals(catalogue.file())) {
        damaged.add(owner.getValue());
      }
    }
    Set<String> events = new HashSet<>();
    for (EventSpec event : catalogue.events().values()) {
      if (damaged.contains("event " + event.name())
          || usesDamagedType(event.properties().values(), catalogue.types(), damaged, new HashSet<>())) {
        events.add(event.name());
      }
    }
    return new PartialCatalogue(catalogue, events);
  }

  private static boolean usesDamagedType(
      Collection<PropertySpec> properties, Map<String, NamedType> types, Set<String> damaged, Set<String> seen) {
    List<PropertyType> pending = new ArrayList<>();
    properties.forEach(property -> pending.add(property.type()));
    while (!pending.isEmpty()) {
      PropertyType type = pending.remove(pending.size() - 1);
      if (type instanceof PropertyType.Array array) {
        pending.add(array.items().type());
      } else if (type instanceof PropertyType.Named named && seen.add(named.typeName())) {
        NamedType declared = types.get(named.typeName());
        if (declared == null || damaged.contains("type " + named.typeName())) {
          return true;
        }
        declared.properties().values().forEach(property -> pending.add(property.type()));
      }
    }
    return false;
  }
}
