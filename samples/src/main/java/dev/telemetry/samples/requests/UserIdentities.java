package dev.telemetry.samples.requests;

import dev.telemetry.samples.domain.User;
import dev.telemetry.samples.tracking.EventTracker;
import telemetry.cf.UserInfoIdentify;

/**
 * Tracks {@code cf:identify:user_info}, which tells end users from administrators in the other
 * metrics: the user's ID is given as the distinct ID, and only its hash is sent.
 */
final class UserIdentities {
  private final EventTracker telemetry;

  UserIdentities(EventTracker telemetry) {
    this.telemetry = telemetry;
  }

  void identify(User user, int availableRules) {
    telemetry.track(
        UserInfoIdentify.builder()
            .distinctId(user.id())
            .groupCount(user.groups().size())
            .role(role(user))
            .availableRules(availableRules)
            .build());
  }

  private static UserInfoIdentify.Role role(User user) {
    return switch (user.role()) {
      case END_USER -> UserInfoIdentify.Role.END_USER;
      case ADMIN -> UserInfoIdentify.Role.ADMIN;
    };
  }
}
