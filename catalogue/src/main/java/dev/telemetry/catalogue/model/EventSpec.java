package dev.telemetry.catalogue.model;

import java.util.List;
import java.util.Map;

/**
 * One event of the catalogue.
 *
 * @param name the event name, such as {@code cf:request.created}
 * @param kind capture (default), identify or group-identify
 * @param group the group of a group-identify event, else null
 * @param emittedWhen when the product emits it
 * @param purpose the event's own {@code purpose}, or null when it comes from metrics
 * @param distinctId where the distinct ID comes from, or null (group-identify events)
 * @param properties the properties in declaration order
 * @param example the example, or null when there is none
 * @param location where the event is declared
 * @param lifecycle its owner, expiry and data category ({@link Lifecycle#NONE} when none is declared)
 */
public record EventSpec(
    String name,
    EventKind kind,
    String group,
    String emittedWhen,
    String purpose,
    DistinctId distinctId,
    Map<String, PropertySpec> properties,
    Example example,
    Location location,
    Lifecycle lifecycle) {

  /** Creates the event; a null lifecycle is {@link Lifecycle#NONE}. */
  public EventSpec {
    lifecycle = lifecycle == null ? Lifecycle.NONE : lifecycle;
  }

  /** An event that declares no lifecycle keys. */
  public EventSpec(
      String name,
      EventKind kind,
      String group,
      String emittedWhen,
      String purpose,
      DistinctId distinctId,
      Map<String, PropertySpec> properties,
      Example example,
      Location location) {
    this(name, kind, group, emittedWhen, purpose, distinctId, properties, example, location, Lifecycle.NONE);
  }

  /** The properties in declaration order. */
  public List<PropertySpec> propertyList() {
    return List.copyOf(properties.values());
  }
}
