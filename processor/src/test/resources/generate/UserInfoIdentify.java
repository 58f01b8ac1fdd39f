package com.example.telemetry;

import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code cf:identify:user_info} event, emitted when: Access Request created/updated.
 *
 * <p>Why it is collected: Lets us tell end users from administrators in the other metrics,
 * without knowing who they are.
 *
 * <p>Sent as a PostHog {@code $identify}: its properties update the person it is about.
 *
 * <p>Create one with {@link #builder()}, which asks for every required property in catalogue
 * order and then takes the optional ones. {@link UserInfoIdentifyWriter} encodes it for the
 * telemetry client.
 *
 * @param distinctId Whom the event is about, given on its own; only its hash (as {@code usr_}
 *     followed by the hash) is sent, as the distinct ID.
 * @param groupCount Number of groups the user belongs to.
 * @param availableRules Number of Access Rules the user can request. Optional: {@code null}
 *     when absent, and then not sent.
 * @param role The user's role.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public record UserInfoIdentify(String distinctId, long groupCount, Long availableRules,
    UserInfoIdentify.Role role) {
  /**
   * Checks that every required value is present.
   *
   * @throws NullPointerException if a required value is null
   */
  public UserInfoIdentify {
    Objects.requireNonNull(distinctId, "distinct-id is required");
    Objects.requireNonNull(role, "role is required");
  }

  /**
   * Starts building one: the builder asks for {@code distinct-id}, then for every other required
   * value in catalogue order; the last stage, {@link BuildStage}, takes the optional values and
   * builds it.
   */
  public static DistinctIdStage builder() {
    return new Builder();
  }

  /**
   * The values of {@code role}.
   */
  public enum Role {
    /**
     * Sent as {@code end_user}.
     */
    END_USER("end_user"),

    /**
     * Sent as {@code admin}.
     */
    ADMIN("admin");

    private final String value;

    Role(String value) {
      this.value = value;
    }

    /**
     * The value as the catalogue declares it and as it is sent.
     */
    public String value() {
      return value;
    }
  }

  /**
   * The builder stage that sets {@code distinct-id}.
   */
  public interface DistinctIdStage {
    /**
     * Sets {@code distinct-id}: Whom the event is about, given on its own; only its hash (as
     * {@code usr_} followed by the hash) is sent, as the distinct ID.
     */
    GroupCountStage distinctId(String distinctId);
  }

  /**
   * The builder stage that sets {@code group_count}.
   */
  public interface GroupCountStage {
    /**
     * Sets {@code group_count}: Number of groups the user belongs to.
     */
    RoleStage groupCount(long groupCount);
  }

  /**
   * The builder stage that sets {@code role}.
   */
  public interface RoleStage {
    /**
     * Sets {@code role}: The user's role.
     */
    BuildStage role(Role role);
  }

  /**
   * The last builder stage: sets optional values (leave one out to omit it), then builds.
   */
  public interface BuildStage {
    /**
     * Sets {@code available_rules}: Number of Access Rules the user can request. Optional:
     * {@code null} when absent, and then not sent.
     */
    BuildStage availableRules(long availableRules);

    /**
     * Builds the immutable UserInfoIdentify.
     */
    UserInfoIdentify build();
  }

  /**
   * Collects the values; each stage returns this same builder.
   */
  private static final class Builder implements DistinctIdStage,
      GroupCountStage,
      RoleStage,
      BuildStage {
    private String distinctId;

    private long groupCount;

    private Long availableRules;

    private Role role;

    @Override
    public GroupCountStage distinctId(String distinctId) {
      this.distinctId = distinctId;
      return this;
    }

    @Override
    public RoleStage groupCount(long groupCount) {
      this.groupCount = groupCount;
      return this;
    }

    @Override
    public BuildStage role(Role role) {
      this.role = role;
      return this;
    }

    @Override
    public BuildStage availableRules(long availableRules) {
      this.availableRules = availableRules;
      return this;
    }

    @Override
    public UserInfoIdentify build() {
      return new UserInfoIdentify(distinctId, groupCount, availableRules, role);
    }
  }
}
