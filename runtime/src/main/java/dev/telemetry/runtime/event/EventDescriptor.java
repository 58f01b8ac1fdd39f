package dev.telemetry.runtime.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the runtime needs to know about one catalogue event, apart from its values.
 *
 * @param name the catalogue event name, such as {@code cf:request.created}
 * @param kind capture, identify or group-identify
 * @param group the group type of a group-identify event (such as {@code deployment}), else null
 * @param distinctIdHashPrefix the hash prefix of the distinct ID (such as {@code usr}), or null
 *     when the event has no distinct ID of its own (group-identify events)
 * @param purpose why the event is collected, as the catalogue states it
 * @param expiresAfter the last day (UTC) the event is collected, from the catalogue's
 *     {@code expires} date, or null when it has none: tracked on a later day, it is dropped
 */
public record EventDescriptor(
    String name, EventKind kind, String group, String distinctIdHashPrefix, String purpose, LocalDate expiresAfter) {

  /** An event without an expiry date. */
  public EventDescriptor(String name, EventKind kind, String group, String distinctIdHashPrefix, String purpose) {
    this(name, kind, group, distinctIdHashPrefix, purpose, null);
  }

  /** Checks that a group-identify event names its group and that the others do not. */
  public EventDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if ((kind == EventKind.GROUP_IDENTIFY) != (group != null)) {
      throw new IllegalArgumentException(
          "a group is required for group-identify events and only for them: " + name);
    }
  }

  /**
   * Whether the event is no longer collected at {@code now}: its last day has passed in UTC, so an
   * installation that is never upgraded stops sending it on time.
   */
  public boolean expiredAt(Instant now) {
    return expiresAfter != null
        && now.getEpochSecond() >= expiresAfter.plusDays(1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);
  }
}
