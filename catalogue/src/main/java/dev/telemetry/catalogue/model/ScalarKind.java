package dev.telemetry.catalogue.model;

/** The property types that are not enums, arrays or named types. */
public enum ScalarKind {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  /** An {@code Instant}, sent as an RFC 3339 string. */
  TIMESTAMP("timestamp"),
  /** A {@code Duration}, sent as a number of seconds. */
  DURATION("duration");

  private final String key;

  ScalarKind(String key) {
    this.key = key;
  }

  /** The type name written in the catalogue. */
  public String key() {
    return key;
  }
}
