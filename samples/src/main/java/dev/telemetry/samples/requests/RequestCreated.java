package dev.telemetry.samples.requests;

import dev.telemetry.annotations.Pii;
import dev.telemetry.annotations.TelemetryEvent;
import dev.telemetry.annotations.TelemetryIgnore;
import dev.telemetry.samples.domain.AccessRequest;

/**
 * The domain event the request service raises when a request is created. The notification code
 * reads the requester's email and reason from it; telemetry sends the rest, read through the
 * getters by the writer the processor generates next to this class (no reflection).
 *
 * <p>The email is marked {@code @Pii} and both it and the reason are {@code @TelemetryIgnore}:
 * without {@code @TelemetryIgnore} the compile would fail, because the policy forbids sending
 * either.
 */
@TelemetryEvent("cf:request.created")
public final class RequestCreated {
  private final String requestId;
  private final String requestedBy;
  @TelemetryIgnore @Pii("contact address") private final String requesterEmail;
  @TelemetryIgnore private final String reason;
  private final boolean hasReason;
  private final int targetsCount;
  private final int accessGroupsCount;

  /**
   * The event for one request.
   *
   * @param requestId the request's ID
   * @param requestedBy the requester's user ID (sent hashed)
   * @param requesterEmail the requester's email (never sent)
   * @param reason the requester's reason, or null (never sent; only whether there is one)
   * @param targetsCount how many resources were asked for
   * @param accessGroupsCount how many access groups were asked for
   */
  public RequestCreated(
      String requestId,
      String requestedBy,
      String requesterEmail,
      String reason,
      int targetsCount,
      int accessGroupsCount) {
    this.requestId = requestId;
    this.requestedBy = requestedBy;
    this.requesterEmail = requesterEmail;
    this.reason = reason;
    this.hasReason = reason != null && !reason.isBlank();
    this.targetsCount = targetsCount;
    this.accessGroupsCount = accessGroupsCount;
  }

  /** The event for a request that was just created. */
  public static RequestCreated of(AccessRequest request) {
    return new RequestCreated(
        request.id(),
        request.requester().id(),
        request.requester().email(),
        request.reason(),
        request.targets().size(),
        request.accessGroups().size());
  }

  /** The request's ID. */
  public String getRequestId() {
    return requestId;
  }

  /** The requester's user ID. */
  public String getRequestedBy() {
    return requestedBy;
  }

  /** The requester's email, for the notification. */
  public String getRequesterEmail() {
    return requesterEmail;
  }

  /** The requester's reason, or null. */
  public String getReason() {
    return reason;
  }

  /** Whether the requester gave a reason. */
  public boolean hasReason() {
    return hasReason;
  }

  /** How many resources were asked for. */
  public int getTargetsCount() {
    return targetsCount;
  }

  /** How many access groups were asked for. */
  public int getAccessGroupsCount() {
    return accessGroupsCount;
  }
}
