package dev.telemetry.catalogue.model;

/**
 * The catalogue's {@code data-category} of an event: Glean's categories 1 and 2. The higher ones
 * (stored content, highly sensitive data) have no place in anonymous telemetry and are refused.
 */
public enum DataCategory {
  /** Data about the product itself: versions, settings, performance, errors. */
  TECHNICAL("technical"),
  /** Data about how the product is used: features used, counts, timings of actions. */
  INTERACTION("interaction");

  private final String key;

  DataCategory(String key) {
    this.key = key;
  }

  /** The value written in the catalogue. */
  public String key() {
    return key;
  }

  /** The category written as {@code key}, or null. */
  public static DataCategory byKey(String key) {
    for (DataCategory category : values()) {
      if (category.key.equals(key)) {
        return category;
      }
    }
    return null;
  }
}
