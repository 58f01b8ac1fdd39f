package com.example.telemetry;

import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code cf:request.revoked} event, emitted when: Access Request was revoked.
 *
 * <p>Why it is collected: Shows how often granted access is cut short, which tells us whether
 * default durations are too long.
 *
 * <p>Create one with {@link #builder()}, which asks for every required property in catalogue
 * order and then takes the optional ones. {@link RequestRevokedWriter} encodes it for the
 * telemetry client.
 *
 * @param requestedBy The user who made the request. Sent hashed (as {@code usr_} followed by
 *     the hash).
 * @param revokedBy The user who revoked it. Sent hashed (as {@code usr_} followed by the
 *     hash). Its hash is also the event's distinct ID.
 * @param requestId The request.
 * @param accessGroupCount Number of access groups in the request.
 * @param hasReason Whether a reason was given.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public record RequestRevoked(String requestedBy, String revokedBy, String requestId,
    long accessGroupCount, boolean hasReason) {
  /**
   * Checks that every required value is present.
   *
   * @throws NullPointerException if a required value is null
   */
  public RequestRevoked {
    Objects.requireNonNull(requestedBy, "requested_by is required");
    Objects.requireNonNull(revokedBy, "revoked_by is required");
    Objects.requireNonNull(requestId, "request_id is required");
  }

  /**
   * Starts building one: the builder asks for {@code requested_by}, then for every other
   * required value in catalogue order; the last stage, {@link BuildStage}, takes the optional
   * values and builds it.
   */
  public static RequestedByStage builder() {
    return new Builder();
  }

  /**
   * The builder stage that sets {@code requested_by}.
   */
  public interface RequestedByStage {
    /**
     * Sets {@code requested_by}: The user who made the request. Sent hashed (as {@code usr_}
     * followed by the hash).
     */
    RevokedByStage requestedBy(String requestedBy);
  }

  /**
   * The builder stage that sets {@code revoked_by}.
   */
  public interface RevokedByStage {
    /**
     * Sets {@code revoked_by}: The user who revoked it. Sent hashed (as {@code usr_} followed by
     * the hash). Its hash is also the event's distinct ID.
     */
    RequestIdStage revokedBy(String revokedBy);
  }

  /**
   * The builder stage that sets {@code request_id}.
   */
  public interface RequestIdStage {
    /**
     * Sets {@code request_id}: The request.
     */
    AccessGroupCountStage requestId(String requestId);
  }

  /**
   * The builder stage that sets {@code access_group_count}.
   */
  public interface AccessGroupCountStage {
    /**
     * Sets {@code access_group_count}: Number of access groups in the request.
     */
    HasReasonStage accessGroupCount(long accessGroupCount);
  }

  /**
   * The builder stage that sets {@code has_reason}.
   */
  public interface HasReasonStage {
    /**
     * Sets {@code has_reason}: Whether a reason was given.
     */
    BuildStage hasReason(boolean hasReason);
  }

  /**
   * The last builder stage.
   */
  public interface BuildStage {
    /**
     * Builds the immutable RequestRevoked.
     */
    RequestRevoked build();
  }

  /**
   * Collects the values; each stage returns this same builder.
   */
  private static final class Builder implements RequestedByStage,
      RevokedByStage,
      RequestIdStage,
      AccessGroupCountStage,
      HasReasonStage,
      BuildStage {
    private String requestedBy;

    private String revokedBy;

    private String requestId;

    private long accessGroupCount;

    private boolean hasReason;

    @Override
    public RevokedByStage requestedBy(String requestedBy) {
      this.requestedBy = requestedBy;
      return this;
    }

    @Override
    public RequestIdStage revokedBy(String revokedBy) {
      this.revokedBy = revokedBy;
      return this;
    }

    @Override
    public AccessGroupCountStage requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    @Override
    public HasReasonStage accessGroupCount(long accessGroupCount) {
      this.accessGroupCount = accessGroupCount;
      return this;
    }

    @Override
    public BuildStage hasReason(boolean hasReason) {
      this.hasReason = hasReason;
      return this;
    }

    @Override
    public RequestRevoked build() {
      return new RequestRevoked(requestedBy, revokedBy, requestId, accessGroupCount, hasReason);
    }
  }
}
