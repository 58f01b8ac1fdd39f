package dev.telemetry.benchmarks.events;

/**
 * The catalogue's {@code timing} type: when and for how long access was requested.
 *
 * @param mode whether access starts at once or later
 * @param durationSeconds the length of the access window
 */
public record Timing(Mode mode, double durationSeconds) {
  /** The catalogue's {@code mode} values, matched by name. */
  public enum Mode {
    /** Access starts at once. */
    ASAP,
    /** Access starts later. */
    SCHEDULED
  }
}
