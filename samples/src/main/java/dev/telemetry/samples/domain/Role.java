package dev.telemetry.samples.domain;

/** What a user may do in the access service. */
public enum Role {
  /** Requests access. */
  END_USER,
  /** Also manages Access Rules and reviews requests. */
  ADMIN
}
