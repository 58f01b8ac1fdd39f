package dev.telemetry.catalogue.policy;

/** How a finding is reported. */
public enum Severity {
  /** Fails the compile (or the catalogue load). */
  ERROR,
  /** Reported, does not fail. */
  WARNING,
  /** Not reported. */
  OFF;

  /**
   * The severity named by an option value such as {@code error}, {@code WARNING} or {@code off}.
   *
   * @throws IllegalArgumentException naming the value and the valid ones
   */
  public static Severity parse(String value) {
    if (value != null) {
      for (Severity severity : values()) {
        if (severity.name().equalsIgnoreCase(value.strip())) {
          return severity;
        }
      }
    }
    throw new IllegalArgumentException("unknown severity '" + value + "'; valid: ERROR, WARNING, OFF");
  }
}
