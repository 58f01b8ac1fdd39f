package dev.telemetry.samples.requests;

import dev.telemetry.samples.domain.AccessRequest;
import dev.telemetry.samples.domain.AccessRule;
import dev.telemetry.samples.domain.Decision;
import dev.telemetry.samples.domain.Ids;
import dev.telemetry.samples.domain.Timing;
import dev.telemetry.samples.domain.User;
import dev.telemetry.samples.tracking.EventTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import telemetry.cf.RequestRevoked;

/**
 * Creates, reviews and revokes access requests, and tracks each step: {@code cf:request.created}
 * and {@code cf:request.reviewed} through the annotated classes of this package, {@code
 * cf:request.revoked} through the class the processor generates from the catalogue.
 */
public final class RequestService {
  private final EventTracker telemetry;
  private final UserIdentities identities;
  private final Ids ids;

  /** A service that tracks to {@code telemetry} and mints request IDs with {@code ids}. */
  public RequestService(EventTracker telemetry, Ids ids) {
    this.telemetry = telemetry;
    this.identities = new UserIdentities(telemetry);
    this.ids = ids;
  }

  /**
   * Creates a request; tracks {@code cf:request.created} and, as the catalogue says it is sent
   * when a request is created, the requester's {@code cf:identify:user_info}.
   *
   * @param availableRules how many Access Rules the requester can request
   */
  public AccessRequest create(
      User requester,
      AccessRule rule,
      List<String> targets,
      List<String> accessGroups,
      String reason,
      Timing timing,
      Instant at,
      int availableRules) {
    AccessRequest request =
        new AccessRequest(ids.next("req"), requester, rule, targets, accessGroups, reason, timing, at);
    telemetry.track(RequestCreated.of(request));
    identities.identify(requester, availableRules);
    return request;
  }

  /**
   * Records a reviewer's decision on one access group of a request; tracks {@code
   * cf:request.reviewed}.
   *
   * @param overrideTiming the timing the reviewer set instead of the requested one, or null
   * @param comment what the reviewer wrote (stays in the service)
   */
  public void review(
      AccessRequest request,
      String accessGroupId,
      User reviewer,
      Decision decision,
      Timing overrideTiming,
      String comment,
      Instant at) {
    Duration pending = Duration.between(request.createdAt(), at);
    telemetry.track(
        new RequestReviewed(
            request.requester().id(),
            reviewer.id(),
            accessGroupId,
            request.id(),
            request.targets().size(),
            request.timing(),
            overrideTiming,
            request.hasReason(),
            pending.toMillis() / 1000.0,
            decision,
            reviewer.isAdmin(),
            comment));
  }

  /**
   * Revokes granted access; tracks {@code cf:request.revoked}.
   *
   * @param reason why, or null (only whether there is one is sent)
   * @param at when
   */
  public void revoke(AccessRequest request, User revoker, String reason, Instant at) {
    telemetry.track(
        RequestRevoked.builder()
            .requestedBy(request.requester().id())
            .revokedBy(revoker.id())
            .requestId(request.id())
            .accessGroupCount(request.accessGroups().size())
            .hasReason(reason != null && !reason.isBlank())
            .revokedAfterSeconds(Duration.between(request.createdAt(), at).toMillis() / 1000.0)
            .build());
  }
}
