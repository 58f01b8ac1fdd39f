package com.example.telemetry;

import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code cf:groupidentify:deployment} event, emitted when: Deployment updated.
 *
 * <p>Why it is collected: Helps us prioritise backporting patches to previous versions.
 *
 * <p>Sent as a PostHog {@code $groupidentify}: its properties update the {@code deployment}
 * group, whose key the telemetry client is configured with.
 *
 * <p>Create one with {@link #builder()}, which asks for every required property in catalogue
 * order and then takes the optional ones. {@link DeploymentGroupIdentifyWriter} encodes it for
 * the telemetry client.
 *
 * @param version Product version.
 * @param userCount Number of users.
 * @param groupCount Number of groups.
 * @param idp The identity provider in use.
 * @param stage Deployment stage (dev, prod, uat...). Optional: {@code null} when absent, and
 *     then not sent.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public record DeploymentGroupIdentify(String version, long userCount, long groupCount,
    DeploymentGroupIdentify.Idp idp, String stage) {
  /**
   * Checks that every required value is present.
   *
   * @throws NullPointerException if a required value is null
   */
  public DeploymentGroupIdentify {
    Objects.requireNonNull(version, "version is required");
    Objects.requireNonNull(idp, "idp is required");
  }

  /**
   * Starts building one: the builder asks for {@code version}, then for every other required
   * value in catalogue order; the last stage, {@link BuildStage}, takes the optional values and
   * builds it.
   */
  public static VersionStage builder() {
    return new Builder();
  }

  /**
   * The values of {@code idp}.
   */
  public enum Idp {
    /**
     * Sent as {@code cognito}.
     */
    COGNITO("cognito"),

    /**
     * Sent as {@code okta}.
     */
    OKTA("okta"),

    /**
     * Sent as {@code azure}.
     */
    AZURE("azure"),

    /**
     * Sent as {@code google}.
     */
    GOOGLE("google"),

    /**
     * Sent as {@code one-login}.
     */
    ONE_LOGIN("one-login"),

    /**
     * Sent as {@code jumpcloud}.
     */
    JUMPCLOUD("jumpcloud");

    private final String value;

    Idp(String value) {
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
   * The builder stage that sets {@code version}.
   */
  public interface VersionStage {
    /**
     * Sets {@code version}: Product version.
     */
    UserCountStage version(String version);
  }

  /**
   * The builder stage that sets {@code user_count}.
   */
  public interface UserCountStage {
    /**
     * Sets {@code user_count}: Number of users.
     */
    GroupCountStage userCount(long userCount);
  }

  /**
   * The builder stage that sets {@code group_count}.
   */
  public interface GroupCountStage {
    /**
     * Sets {@code group_count}: Number of groups.
     */
    IdpStage groupCount(long groupCount);
  }

  /**
   * The builder stage that sets {@code idp}.
   */
  public interface IdpStage {
    /**
     * Sets {@code idp}: The identity provider in use.
     */
    BuildStage idp(Idp idp);
  }

  /**
   * The last builder stage: sets optional values (leave one out to omit it), then builds.
   */
  public interface BuildStage {
    /**
     * Sets {@code stage}: Deployment stage (dev, prod, uat...). Optional: {@code null} when
     * absent, and then not sent.
     */
    BuildStage stage(String stage);

    /**
     * Builds the immutable DeploymentGroupIdentify.
     */
    DeploymentGroupIdentify build();
  }

  /**
   * Collects the values; each stage returns this same builder.
   */
  private static final class Builder implements VersionStage,
      UserCountStage,
      GroupCountStage,
      IdpStage,
      BuildStage {
    private String version;

    private long userCount;

    private long groupCount;

    private Idp idp;

    private String stage;

    @Override
    public UserCountStage version(String version) {
      this.version = version;
      return this;
    }

    @Override
    public GroupCountStage userCount(long userCount) {
      this.userCount = userCount;
      return this;
    }

    @Override
    public IdpStage groupCount(long groupCount) {
      this.groupCount = groupCount;
      return this;
    }

    @Override
    public BuildStage idp(Idp idp) {
      this.idp = idp;
      return this;
    }

    @Override
    public BuildStage stage(String stage) {
      this.stage = stage;
      return this;
    }

    @Override
    public DeploymentGroupIdentify build() {
      return new DeploymentGroupIdentify(version, userCount, groupCount, idp, stage);
    }
  }
}
