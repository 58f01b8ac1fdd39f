package dev.telemetry.processor.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Which class claims which event, across all rounds (and, in partial compiles, earlier compiles). */
public final class ClaimRegistry {
  private final Map<String, String> classByEvent = new LinkedHashMap<>();

  /**
   * Records that {@code className} claims {@code event}.
   *
   * @return the class that claimed it before, or null when this is the first claim (or the same class)
   */
  public String claim(String event, String className) {
    String previous = classByEvent.putIfAbsent(event, className);
    return previous == null || previous.equals(className) ? null : previous;
  }

  /** The names of all claimed events. */
  public Set<String> claimedEvents() {
    return Set.copyOf(classByEvent.keySet());
  }
}
