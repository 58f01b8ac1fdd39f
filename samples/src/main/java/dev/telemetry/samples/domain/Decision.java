package dev.telemetry.samples.domain;

/** A reviewer's answer to an access request. */
public enum Decision {
  /** Access is granted. */
  APPROVE,
  /** Access is refused. */
  DENY
}
