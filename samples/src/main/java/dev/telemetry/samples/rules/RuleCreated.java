package dev.telemetry.samples.rules;

import dev.telemetry.annotations.TelemetryEvent;
import dev.telemetry.annotations.TelemetryIgnore;
import dev.telemetry.samples.domain.AccessRule;
import dev.telemetry.samples.domain.User;
import java.util.List;

/**
 * An Access Rule was created. The rule service also writes this record to its audit log, which
 * needs the rule's name and description; they are {@code @TelemetryIgnore}, because the
 * catalogue's {@code policy.forbid} names {@code rule_name} and {@code rule_description}.
 *
 * @param ruleId the rule's ID (sent hashed)
 * @param createdBy the creator's user ID (sent hashed; the event's distinct ID)
 * @param maxDurationSeconds the longest access the rule grants
 * @param requiresApproval whether requests need a manual approval
 * @param hasFilterExpression whether the rule filters its targets
 * @param targetsCount how many Access Providers it uses
 * @param targets the Access Providers, as {@code publisher/name@version}
 * @param ruleName the rule's name; never sent
 * @param ruleDescription the rule's description; never sent
 */
@TelemetryEvent("cf:rule.created")
public record RuleCreated(
    String ruleId,
    String createdBy,
    long maxDurationSeconds,
    boolean requiresApproval,
    boolean hasFilterExpression,
    int targetsCount,
    List<String> targets,
    @TelemetryIgnore String ruleName,
    @TelemetryIgnore String ruleDescription) {

  /** Copies the targets. */
  public RuleCreated {
    targets = List.copyOf(targets);
  }

  /** The event for a rule that {@code creator} just created. */
  public static RuleCreated of(AccessRule rule, User creator) {
    return new RuleCreated(
        rule.id(),
        creator.id(),
        rule.maxDuration().toSeconds(),
        rule.requiresApproval(),
        rule.hasFilterExpression(),
        rule.targets().size(),
        rule.targets(),
        rule.name(),
        rule.description());
  }
}
