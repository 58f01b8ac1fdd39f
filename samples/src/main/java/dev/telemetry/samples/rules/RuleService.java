package dev.telemetry.samples.rules;

import dev.telemetry.samples.domain.AccessRule;
import dev.telemetry.samples.domain.Ids;
import dev.telemetry.samples.domain.User;
import dev.telemetry.samples.tracking.EventTracker;
import java.time.Duration;
import java.util.List;
import telemetry.cf.RuleUpdated;

/**
 * Creates and edits Access Rules, and tracks each step: {@code cf:rule.created} through the
 * annotated {@link RuleCreated}, {@code cf:rule.updated} through the class generated from the
 * catalogue. (Archiving a rule was tracked as {@code cf:rule.archived} until the catalogue retired
 * that event in 0.1.0; see its {@code changes:}.)
 */
public final class RuleService {
  private final EventTracker telemetry;
  private final Ids ids;

  /** A service that tracks to {@code telemetry} and mints rule IDs with {@code ids}. */
  public RuleService(EventTracker telemetry, Ids ids) {
    this.telemetry = telemetry;
    this.ids = ids;
  }

  /**
   * Creates a rule; tracks {@code cf:rule.created}.
   *
   * @param filterExpression narrows the targets, or null
   */
  public AccessRule create(
      User admin,
      String name,
      String description,
      List<String> targets,
      Duration maxDuration,
      boolean requiresApproval,
      String filterExpression) {
    AccessRule rule =
        new AccessRule(ids.next("rul"), name, description, targets, maxDuration, requiresApproval, filterExpression);
    telemetry.track(RuleCreated.of(rule, admin));
    return rule;
  }

  /** Changes a rule's settings; tracks {@code cf:rule.updated}. */
  public AccessRule update(
      AccessRule rule,
      User admin,
      List<String> targets,
      Duration maxDuration,
      boolean requiresApproval,
      String filterExpression) {
    AccessRule updated = rule.edited(targets, maxDuration, requiresApproval, filterExpression);
    telemetry.track(
        RuleUpdated.builder()
            .ruleId(updated.id())
            .updatedBy(admin.id())
            .maxDurationSeconds(updated.maxDuration().toSeconds())
            .requiresApproval(updated.requiresApproval())
            .hasFilterExpression(updated.hasFilterExpression())
            .targetsCount(updated.targets().size())
            .targets(updated.targets())
            .build());
    return updated;
  }
}
