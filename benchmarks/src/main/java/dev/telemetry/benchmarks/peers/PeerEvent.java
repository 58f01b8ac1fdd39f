package dev.telemetry.benchmarks.peers;

import dev.telemetry.benchmarks.events.RequestReviewed;
import dev.telemetry.benchmarks.events.RuleCreated;
import dev.telemetry.benchmarks.events.Timing;
import dev.telemetry.runtime.hash.Hasher;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One event as a peer client takes it: a name, a distinct ID and a map of properties. This is the
 * code a product writes by hand with a peer to send what our runtime sends: the same property
 * names and values, the identifiers hashed the same way (SHA-256, so the wire values are equal),
 * and {@code $geoip_disable}. Building the map is part of every peer's measured cost, as it is part
 * of the caller's cost in a real product.
 *
 * @param name the event name
 * @param distinctId the hashed distinct ID
 * @param properties the properties, in catalogue order
 */
public record PeerEvent(String name, String distinctId, Map<String, Object> properties) {
  private static final Hasher HASHER = Hasher.sha256();

  /** The peer form of a workload event (a {@link RequestReviewed} or a {@link RuleCreated}). */
  public static PeerEvent of(Object event) {
    if (event instanceof RequestReviewed reviewed) {
      return of(reviewed);
    }
    if (event instanceof RuleCreated created) {
      return of(created);
    }
    throw new IllegalArgumentException("not a benchmark event: " + event);
  }

  /** The peer form of {@code cf:request.reviewed}. */
  public static PeerEvent of(RequestReviewed event) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("requested_by", HASHER.hash("usr", event.requestedBy()));
    properties.put("reviewed_by", HASHER.hash("usr", event.reviewedBy()));
    properties.put("access_group_id", event.accessGroupId());
    properties.put("request_id", event.requestId());
    properties.put("targets_count", event.targetsCount());
    properties.put("timing", timing(event.timing()));
    if (event.overrideTiming() != null) {
      properties.put("override_timing", timing(event.overrideTiming()));
    }
    properties.put("has_reason", event.hasReason());
    properties.put("pending_duration_seconds", event.pendingDurationSeconds());
    properties.put("review", event.review().name());
    properties.put("reviewer_is_admin", event.reviewerIsAdmin());
    properties.put("$geoip_disable", true);
    return new PeerEvent("cf:request.reviewed", HASHER.hash("usr", event.reviewedBy()), properties);
  }

  /** The peer form of {@code cf:rule.created}. */
  public static PeerEvent of(RuleCreated event) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("rule_id", HASHER.hash("rul", event.ruleId()));
    properties.put("created_by", HASHER.hash("usr", event.createdBy()));
    properties.put("max_duration_seconds", event.maxDurationSeconds());
    properties.put("requires_approval", event.requiresApproval());
    properties.put("has_filter_expression", event.hasFilterExpression());
    properties.put("targets_count", event.targetsCount());
    properties.put("targets", event.targets());
    properties.put("$geoip_disable", true);
    return new PeerEvent("cf:rule.created", HASHER.hash("usr", event.createdBy()), properties);
  }

  private static Map<String, Object> timing(Timing timing) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("mode", timing.mode().name().toLowerCase(Locale.ROOT));
    map.put("duration_seconds", timing.durationSeconds());
    return map;
  }
}
