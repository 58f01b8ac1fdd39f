package dev.telemetry.catalogue.model;

/** How a change in a catalogue affects the people whose data it is, and those who analyse it. */
public enum ChangeKind {
  /** More data is collected: a new event or property, a wider constraint, a hash or policy entry removed. */
  MORE_DATA("more-data"),
  /** Whoever analyses the data must adapt: an event or property removed, a type changed, a value removed. */
  BREAKING("breaking"),
  /** Neither: texts, examples, an expiry extended with a reason. Never needs declaring. */
  NEUTRAL("neutral");

  private final String key;

  ChangeKind(String key) {
    this.key = key;
  }

  /** The value written in the catalogue. */
  public String key() {
    return key;
  }

  /** The kind written as {@code key}, or null. */
  public static ChangeKind byKey(String key) {
    for (ChangeKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    return null;
  }
}
