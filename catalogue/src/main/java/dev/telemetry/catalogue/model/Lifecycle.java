package dev.telemetry.catalogue.model;

/**
 * Who answers for an event, until when it is collected, and what kind of data it is.
 *
 * @param owner the team answerable for the event, or null when none is written
 * @param expiry when it stops being collected, or null when none is written
 * @param dataCategory technical or interaction, or null when none is written
 */
public record Lifecycle(String owner, Expiry expiry, DataCategory dataCategory) {
  /** The lifecycle of an event that declares none of the keys. */
  public static final Lifecycle NONE = new Lifecycle(null, null, null);

  /** Whether nothing is declared. */
  public boolean isEmpty() {
    return owner == null && expiry == null && dataCategory == null;
  }
}
