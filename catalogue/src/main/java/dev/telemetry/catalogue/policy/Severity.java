package dev.telemetry.catalogue.policy;

/** How a finding is reported. */
public enum Severity {
  /** Fails the compile (or the catalogue load). */
  ERROR,
  /** Reported, does not fail. */
  WARNING,
  /** Not reported. */
  OFF
}
