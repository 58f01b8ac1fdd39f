package dev.telemetry.benchmarks.events;

import dev.telemetry.annotations.TelemetryEvent;

/**
 * {@code cf:request.reviewed}: an event with nested objects ({@code timing}, and the optional
 * {@code override_timing}), two hashed identifiers and an enum.
 *
 * @param requestedBy the user who made the request (hashed)
 * @param reviewedBy the user who reviewed it (hashed; the distinct ID)
 * @param accessGroupId the access group reviewed
 * @param requestId the request
 * @param targetsCount the number of resources in the request
 * @param timing the timing that was requested
 * @param overrideTiming the timing the reviewer set instead, or null
 * @param hasReason whether the requester gave a reason
 * @param pendingDurationSeconds how long the request waited for a review
 * @param review the decision
 * @param reviewerIsAdmin whether the reviewer is an administrator
 */
@TelemetryEvent("cf:request.reviewed")
public record RequestReviewed(
    String requestedBy,
    String reviewedBy,
    String accessGroupId,
    String requestId,
    long targetsCount,
    Timing timing,
    Timing overrideTiming,
    boolean hasReason,
    double pendingDurationSeconds,
    Review review,
    boolean reviewerIsAdmin) {

  /** The catalogue's {@code review} values. */
  public enum Review {
    /** The request was approved. */
    APPROVE,
    /** The request was denied. */
    DENY
  }
}
