package com.example.telemetry;

import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The {@code cf:request.reviewed} event, emitted when: Access Request was reviewed.
 *
 * <p>Why it is collected: One of the core values of the product is that the access request
 * workflow must be extremely fast. Our goal is that the median approval time is less than 10
 * minutes.
 *
 * <p>Create one with {@link #builder()}, which asks for every required property in catalogue
 * order and then takes the optional ones. {@link RequestReviewedWriter} encodes it for the
 * telemetry client.
 *
 * @param requestedBy The user who made the request. Sent hashed (as {@code usr_} followed by
 *     the hash).
 * @param reviewedBy The user who reviewed it. Sent hashed (as {@code usr_} followed by the
 *     hash). Its hash is also the event's distinct ID.
 * @param accessGroupId The access group reviewed.
 * @param requestId The request.
 * @param targetsCount Number of resources in the request.
 * @param timing The timing that was requested.
 * @param overrideTiming The timing the reviewer set instead, if any. Optional: {@code null}
 *     when absent, and then not sent.
 * @param hasReason Whether the requester gave a reason.
 * @param pendingDurationSeconds How long the request waited for a review.
 * @param review The decision.
 * @param reviewerIsAdmin Whether the reviewer is an administrator.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public record RequestReviewed(String requestedBy, String reviewedBy, String accessGroupId,
    String requestId, long targetsCount, Timing timing, Timing overrideTiming, boolean hasReason,
    double pendingDurationSeconds, RequestReviewed.Review review, boolean reviewerIsAdmin) {
  /**
   * Checks that every required value is present.
   *
   * @throws NullPointerException if a required value is null
   */
  public RequestReviewed {
    Objects.requireNonNull(requestedBy, "requested_by is required");
    Objects.requireNonNull(reviewedBy, "reviewed_by is required");
    Objects.requireNonNull(accessGroupId, "access_group_id is required");
    Objects.requireNonNull(requestId, "request_id is required");
    Objects.requireNonNull(timing, "timing is required");
    Objects.requireNonNull(review, "review is required");
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
   * The values of {@code review}.
   */
  public enum Review {
    /**
     * Sent as {@code APPROVE}.
     */
    APPROVE("APPROVE"),

    /**
     * Sent as {@code DENY}.
     */
    DENY("DENY");

    private final String value;

    Review(String value) {
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
   * The builder stage that sets {@code requested_by}.
   */
  public interface RequestedByStage {
    /**
     * Sets {@code requested_by}: The user who made the request. Sent hashed (as {@code usr_}
     * followed by the hash).
     */
    ReviewedByStage requestedBy(String requestedBy);
  }

  /**
   * The builder stage that sets {@code reviewed_by}.
   */
  public interface ReviewedByStage {
    /**
     * Sets {@code reviewed_by}: The user who reviewed it. Sent hashed (as {@code usr_} followed by
     * the hash). Its hash is also the event's distinct ID.
     */
    AccessGroupIdStage reviewedBy(String reviewedBy);
  }

  /**
   * The builder stage that sets {@code access_group_id}.
   */
  public interface AccessGroupIdStage {
    /**
     * Sets {@code access_group_id}: The access group reviewed.
     */
    RequestIdStage accessGroupId(String accessGroupId);
  }

  /**
   * The builder stage that sets {@code request_id}.
   */
  public interface RequestIdStage {
    /**
     * Sets {@code request_id}: The request.
     */
    TargetsCountStage requestId(String requestId);
  }

  /**
   * The builder stage that sets {@code targets_count}.
   */
  public interface TargetsCountStage {
    /**
     * Sets {@code targets_count}: Number of resources in the request.
     */
    TimingStage targetsCount(long targetsCount);
  }

  /**
   * The builder stage that sets {@code timing}.
   */
  public interface TimingStage {
    /**
     * Sets {@code timing}: The timing that was requested.
     */
    HasReasonStage timing(Timing timing);
  }

  /**
   * The builder stage that sets {@code has_reason}.
   */
  public interface HasReasonStage {
    /**
     * Sets {@code has_reason}: Whether the requester gave a reason.
     */
    PendingDurationSecondsStage hasReason(boolean hasReason);
  }

  /**
   * The builder stage that sets {@code pending_duration_seconds}.
   */
  public interface PendingDurationSecondsStage {
    /**
     * Sets {@code pending_duration_seconds}: How long the request waited for a review.
     */
    ReviewStage pendingDurationSeconds(double pendingDurationSeconds);
  }

  /**
   * The builder stage that sets {@code review}.
   */
  public interface ReviewStage {
    /**
     * Sets {@code review}: The decision.
     */
    ReviewerIsAdminStage review(Review review);
  }

  /**
   * The builder stage that sets {@code reviewer_is_admin}.
   */
  public interface ReviewerIsAdminStage {
    /**
     * Sets {@code reviewer_is_admin}: Whether the reviewer is an administrator.
     */
    BuildStage reviewerIsAdmin(boolean reviewerIsAdmin);
  }

  /**
   * The last builder stage: sets optional values (leave one out to omit it), then builds.
   */
  public interface BuildStage {
    /**
     * Sets {@code override_timing}: The timing the reviewer set instead, if any. Optional:
     * {@code null} when absent, and then not sent.
     */
    BuildStage overrideTiming(Timing overrideTiming);

    /**
     * Builds the immutable RequestReviewed.
     */
    RequestReviewed build();
  }

  /**
   * Collects the values; each stage returns this same builder.
   */
  private static final class Builder implements RequestedByStage,
      ReviewedByStage,
      AccessGroupIdStage,
      RequestIdStage,
      TargetsCountStage,
      TimingStage,
      HasReasonStage,
      PendingDurationSecondsStage,
      ReviewStage,
      ReviewerIsAdminStage,
      BuildStage {
    private String requestedBy;

    private String reviewedBy;

    private String accessGroupId;

    private String requestId;

    private long targetsCount;

    private Timing timing;

    private Timing overrideTiming;

    private boolean hasReason;

    private double pendingDurationSeconds;

    private Review review;

    private boolean reviewerIsAdmin;

    @Override
    public ReviewedByStage requestedBy(String requestedBy) {
      this.requestedBy = requestedBy;
      return this;
    }

    @Override
    public AccessGroupIdStage reviewedBy(String reviewedBy) {
      this.reviewedBy = reviewedBy;
      return this;
    }

    @Override
    public RequestIdStage accessGroupId(String accessGroupId) {
      this.accessGroupId = accessGroupId;
      return this;
    }

    @Override
    public TargetsCountStage requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    @Override
    public TimingStage targetsCount(long targetsCount) {
      this.targetsCount = targetsCount;
      return this;
    }

    @Override
    public HasReasonStage timing(Timing timing) {
      this.timing = timing;
      return this;
    }

    @Override
    public PendingDurationSecondsStage hasReason(boolean hasReason) {
      this.hasReason = hasReason;
      return this;
    }

    @Override
    public ReviewStage pendingDurationSeconds(double pendingDurationSeconds) {
      this.pendingDurationSeconds = pendingDurationSeconds;
      return this;
    }

    @Override
    public ReviewerIsAdminStage review(Review review) {
      this.review = review;
      return this;
    }

    @Override
    public BuildStage reviewerIsAdmin(boolean reviewerIsAdmin) {
      this.reviewerIsAdmin = reviewerIsAdmin;
      return this;
    }

    @Override
    public BuildStage overrideTiming(Timing overrideTiming) {
      this.overrideTiming = overrideTiming;
      return this;
    }

    @Override
    public RequestReviewed build() {
      return new RequestReviewed(requestedBy, reviewedBy, accessGroupId, requestId, targetsCount,
          timing, overrideTiming, hasReason, pendingDurationSeconds, review, reviewerIsAdmin);
    }
  }
}
