package dev.telemetry.samples.domain;

import dev.telemetry.annotations.Pii;
import java.util.List;
import java.util.Objects;

/**
 * A person who signs in to the access service. The email address is personal data: it is marked
 * {@code @Pii}, so any telemetry event that tried to send it (or this whole record) would not
 * compile.
 *
 * @param id the user's ID, such as {@code usr_123}; telemetry sends only its hash
 * @param email where notifications go; never sent
 * @param role what the user may do
 * @param groups the IDs of the groups the user belongs to
 */
public record User(String id, @Pii("contact address") String email, Role role, List<String> groups) {

  /** Checks the values and copies the groups. */
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    groups = List.copyOf(groups);
  }

  /** Whether the user administers the service. */
  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
