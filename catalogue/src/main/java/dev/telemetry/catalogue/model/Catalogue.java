package dev.telemetry.catalogue.model;

import java.util.List;
import java.util.Map;

/**
 * A loaded, validated catalogue. Immutable; maps keep declaration order.
 *
 * @param file the file it was loaded from, as the user named it
 * @param formatVersion the {@code catalogue} format version
 * @param namespace the namespace every event name starts with
 * @param product the product name, used in docs
 * @param hashing how identifiers are hashed
 * @param groups the PostHog group types
 * @param policy the personal-data policy settings
 * @param metrics the "What is Collected" rows
 * @param types the named object types
 * @param events the events in declaration order
 * @param changes the declared changes in what is collected, as written (the changelog)
 */
public record Catalogue(
    String file,
    int formatVersion,
    String namespace,
    String product,
    Hashing hashing,
    Map<String, GroupSpec> groups,
    PolicyConfig policy,
    List<Metric> metrics,
    Map<String, NamedType> types,
    Map<String, EventSpec> events,
    List<Change> changes) {

  /** Creates the catalogue; a null list of changes is empty. */
  public Catalogue {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  /** A catalogue that declares no changes. */
  public Catalogue(
      String file,
      int formatVersion,
      String namespace,
      String product,
      Hashing hashing,
      Map<String, GroupSpec> groups,
      PolicyConfig policy,
      List<Metric> metrics,
      Map<String, NamedType> types,
      Map<String, EventSpec> events) {
    this(file, formatVersion, namespace, product, hashing, groups, policy, metrics, types, events, List.of());
  }

  /**
   * The purpose of an event: its own, or else those of the metrics that list it, joined.
   * Validation guarantees that every event has one.
   */
  public String purposeOf(EventSpec event) {
    if (event.purpose() != null) {
      return event.purpose();
    }
    StringBuilder joined = new StringBuilder();
    for (Metric metric : metrics) {
      if (metric.events().contains(event.name())) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(metric.purpose());
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }
}
