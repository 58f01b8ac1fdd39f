package dev.telemetry.samples.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's request for access under an Access Rule.
 *
 * @param id the request's ID, such as {@code req_123}
 * @param requester who asked
 * @param rule the rule it was made under
 * @param targets the resources asked for
 * @param accessGroups the access groups asked for
 * @param reason why, in the requester's words, or null; never sent
 * @param timing when and for how long
 * @param createdAt when it was made
 */
public record AccessRequest(
    String id,
    User requester,
    AccessRule rule,
    List<String> targets,
    List<String> accessGroups,
    String reason,
    Timing timing,
    Instant createdAt) {

  /** Checks the required values and copies the lists. */
  public AccessRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(createdAt, "createdAt");
    targets = List.copyOf(targets);
    accessGroups = List.copyOf(accessGroups);
  }

  /** Whether the requester gave a reason. */
  public boolean hasReason() {
    return reason != null && !reason.isBlank();
  }
}
