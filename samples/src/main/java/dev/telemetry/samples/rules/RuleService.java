package dev.telemetry.samples.rules;

import dev.telemetry.samples.domain.AccessRule;
import dev.telemetry.samples.domain.Ids;
import dev.telemetry.samples.domain.User;
import dev.telemetry.samples.tracking.EventTracker;
import java.time.Duration;
import java.util.List;
import telemetry.cf.RuleArchived;
import telemetry.cf.RuleUpdated;

/**
 * Creates, edits and archives Access Rules, and tracks each step: {@code cf:rule.created} through
 * the annotated {@link RuleCreated}, {@code cf:rule.updated} and {@code cf:rule.archived} through
 * the classes generated from the catalogue.
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

  /** Archives a rule; tracks {@code cf:rule.archived}. */
  public void archive(AccessRule rule, User admin) {
    telemetry.track(RuleArchived.builder().ruleId(rule.id()).archivedBy(admin.id()).build());
  }
}
