package dev.telemetry.samples.requests;

import dev.telemetry.annotations.TelemetryEvent;
import dev.telemetry.annotations.TelemetryIgnore;
import dev.telemetry.samples.domain.Decision;
import dev.telemetry.samples.domain.Timing;

/**
 * A reviewer's decision on one access group of a request. The processor checks the nested {@link
 * Timing} record member by member against the catalogue's {@code timing} type, and {@link
 * Decision} against the {@code review} values; the reviewer's comment is free text and stays here.
 *
 * @param requestedBy the requester's user ID (sent hashed)
 * @param reviewedBy the reviewer's user ID (sent hashed; the event's distinct ID)
 * @param accessGroupId the access group reviewed
 * @param requestId the request
 * @param targetsCount how many resources the request asks for
 * @param timing the timing the requester asked for
 * @param overrideTiming the timing the reviewer set instead, or null (then left out)
 * @param hasReason whether the requester gave a reason
 * @param pendingDurationSeconds how long the request waited for this review
 * @param review the decision
 * @param reviewerIsAdmin whether the reviewer is an administrator
 * @param comment what the reviewer wrote; never sent
 */
@TelemetryEvent("cf:request.reviewed")
public record RequestReviewed(
    String requestedBy,
    String reviewedBy,
    String accessGroupId,
    String requestId,
    int targetsCount,
    Timing timing,
    Timing overrideTiming,
    boolean hasReason,
    double pendingDurationSeconds,
    Decision review,
    boolean reviewerIsAdmin,
    @TelemetryIgnore String comment) {}
