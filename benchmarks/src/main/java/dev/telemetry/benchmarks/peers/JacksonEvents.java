package dev.telemetry.benchmarks.peers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.telemetry.benchmarks.events.RequestReviewed;
import dev.telemetry.benchmarks.events.RuleCreated;
import dev.telemetry.benchmarks.events.Timing;
import dev.telemetry.runtime.hash.Hasher;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The "hand-written POJOs and reflection" baseline: plain Jackson databind POJOs with the same
 * properties, in the same order, as our runtime's batch body, serialized with {@link
 * ObjectMapper#writeValueAsBytes}. Identifiers are hashed, and every event gets a UUID and a
 * timestamp, exactly as our encoder does, so that both produce the same JSON.
 */
public final class JacksonEvents {
  private static final Hasher HASHER = Hasher.sha256();

  private JacksonEvents() {}

  /** The mapper a product would configure: snake_case names, absent optional values left out. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }

  /** The POJO of one workload event, sent with library {@code library} at {@code timestamp}. */
  public static Envelope envelope(Object event, UUID uuid, String timestamp, String library, String version) {
    if (event instanceof RequestReviewed reviewed) {
      return new Envelope(uuid.toString(), "cf:request.reviewed", HASHER.hash("usr", reviewed.reviewedBy()),
          timestamp, library, version, "capture", reviewedProperties(reviewed, library, version));
    }
    if (event instanceof RuleCreated created) {
      return new Envelope(uuid.toString(), "cf:rule.created", HASHER.hash("usr", created.createdBy()),
          timestamp, library, version, "capture", ruleProperties(created, library, version));
    }
    throw new IllegalArgumentException("not a benchmark event: " + event);
  }

  private static ReviewedProperties reviewedProperties(RequestReviewed e, String library, String version) {
    return new ReviewedProperties(library, version, true, null,
        HASHER.hash("usr", e.requestedBy()), HASHER.hash("usr", e.reviewedBy()), e.accessGroupId(),
        e.requestId(), e.targetsCount(), timing(e.timing()), timing(e.overrideTiming()), e.hasReason(),
        e.pendingDurationSeconds(), e.review().name(), e.reviewerIsAdmin());
  }

  private static RuleProperties ruleProperties(RuleCreated e, String library, String version) {
    return new RuleProperties(library, version, true, null,
        HASHER.hash("rul", e.ruleId()), HASHER.hash("usr", e.createdBy()), e.maxDurationSeconds(),
        e.requiresApproval(), e.hasFilterExpression(), e.targetsCount(), e.targets());
  }

  private static TimingPojo timing(Timing timing) {
    return timing == null ? null : new TimingPojo(timing.mode().name().toLowerCase(Locale.ROOT), timing.durationSeconds());
  }

  /**
   * The batch body.
   *
   * @param batch the events
   */
  public record Batch(List<Envelope> batch) {}

  /**
   * One event of the batch.
   *
   * @param uuid the event's UUID
   * @param event the event name
   * @param distinctId the hashed distinct ID
   * @param timestamp when it happened, RFC 3339
   * @param library the sending library
   * @param libraryVersion its version
   * @param type {@code capture}
   * @param properties the properties POJO
   */
  public record Envelope(String uuid, String event, String distinctId, String timestamp, String library,
      String libraryVersion, String type, Object properties) {}

  /**
   * The properties of {@code cf:request.reviewed}.
   *
   * @param lib the sending library
   * @param libVersion its version
   * @param geoipDisable always true
   * @param ip always null, and written
   * @param requestedBy hashed
   * @param reviewedBy hashed
   * @param accessGroupId the access group
   * @param requestId the request
   * @param targetsCount the number of targets
   * @param timing the timing
   * @param overrideTiming the overriding timing, or null (left out)
   * @param hasReason whether a reason was given
   * @param pendingDurationSeconds the time to review
   * @param review the decision
   * @param reviewerIsAdmin whether the reviewer is an administrator
   */
  public record ReviewedProperties(
      @JsonProperty("$lib") String lib,
      @JsonProperty("$lib_version") String libVersion,
      @JsonProperty("$geoip_disable") boolean geoipDisable,
      @JsonProperty("$ip") @JsonInclude(JsonInclude.Include.ALWAYS) Object ip,
      String requestedBy, String reviewedBy, String accessGroupId, String requestId, long targetsCount,
      TimingPojo timing, TimingPojo overrideTiming, boolean hasReason, double pendingDurationSeconds,
      String review, boolean reviewerIsAdmin) {}

  /**
   * The properties of {@code cf:rule.created}.
   *
   * @param lib the sending library
   * @param libVersion its version
   * @param geoipDisable always true
   * @param ip always null, and written
   * @param ruleId hashed
   * @param createdBy hashed
   * @param maxDurationSeconds the longest access
   * @param requiresApproval whether approval is needed
   * @param hasFilterExpression whether the rule filters
   * @param targetsCount the number of targets
   * @param targets the targets
   */
  public record RuleProperties(
      @JsonProperty("$lib") String lib,
      @JsonProperty("$lib_version") String libVersion,
      @JsonProperty("$geoip_disable") boolean geoipDisable,
      @JsonProperty("$ip") @JsonInclude(JsonInclude.Include.ALWAYS) Object ip,
      String ruleId, String createdBy, long maxDurationSeconds, boolean requiresApproval,
      boolean hasFilterExpression, long targetsCount, List<String> targets) {}

  /**
   * The {@code timing} object.
   *
   * @param mode {@code asap} or {@code scheduled}
   * @param durationSeconds the length of the window
   */
  public record TimingPojo(String mode, double durationSeconds) {}
}
