package dev.telemetry.samples.domain;

/** When requested access starts. Matches the catalogue's {@code timing.mode} values. */
public enum TimingMode {
  /** At once. */
  ASAP,
  /** At a chosen time. */
  SCHEDULED
}
