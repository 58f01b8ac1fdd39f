package dev.telemetry.runtime.event;

/** How PostHog treats an event: a plain capture, a person update, or a group update. */
public enum EventKind {
  /** A plain event: properties go to {@code properties}. */
  CAPTURE,
  /** PostHog {@code $identify}: properties go to {@code $set}. */
  IDENTIFY,
  /** PostHog {@code $groupidentify}: properties go to {@code $group_set}. */
  GROUP_IDENTIFY
}
