package dev.telemetry.processor.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Which event and which chain of properties reach a value, as diagnostics print it:
 * {@code cf:request.created -> owner.phone_number}, with {@code []} for array items.
 *
 * @param event the event name
 * @param segments the property names from the event down
 */
public record PropertyPath(String event, List<String> segments) {
  public PropertyPath {
    segments = List.copyOf(segments);
  }

  /** The path of the event itself. */
  public static PropertyPath of(String event) {
    return new PropertyPath(event, List.of());
  }

  /** The path of a property below this one. */
  public PropertyPath child(String property) {
    List<String> longer = new ArrayList<>(segments);
    longer.add(property);
    return new PropertyPath(event, longer);
  }

  /** The path of the items of the array at this path. */
  public PropertyPath items() {
    List<String> changed = new ArrayList<>(segments);
    changed.set(changed.size() - 1, changed.get(changed.size() - 1) + "[]");
    return new PropertyPath(event, changed);
  }

  @Override
  public String toString() {
    return segments.isEmpty() ? event : event + " -> " + String.join(".", segments);
  }
}
