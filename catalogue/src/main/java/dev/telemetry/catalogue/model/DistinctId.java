package dev.telemetry.catalogue.model;

/** Where an event's distinct ID comes from. */
public sealed interface DistinctId {
  /** The hash prefix the ID is sent with. */
  String hashPrefix();

  /**
   * The ID is the value of one of the event's hashed properties.
   *
   * @param property the property name
   * @param hashPrefix that property's hash prefix
   */
  record FromProperty(String property, String hashPrefix) implements DistinctId {}

  /**
   * The ID is given on its own when the event is tracked, and sent hashed with this prefix.
   *
   * @param hashPrefix the hash prefix
   */
  record Given(String hashPrefix) implements DistinctId {}
}
