package dev.telemetry.benchmarks.events;

import dev.telemetry.annotations.TelemetryEvent;
import java.util.List;

/**
 * {@code cf:rule.created}: an event with an array property and two hashed identifiers.
 *
 * @param ruleId the rule (hashed)
 * @param createdBy the user who created it (hashed; the distinct ID)
 * @param maxDurationSeconds the longest access the rule grants
 * @param requiresApproval whether requests need a manual approval
 * @param hasFilterExpression whether the rule filters its targets
 * @param targetsCount the number of targets
 * @param targets the Access Providers that the rule uses (publisher/name@version)
 */
@TelemetryEvent("cf:rule.created")
public record RuleCreated(
    String ruleId,
    String createdBy,
    long maxDurationSeconds,
    boolean requiresApproval,
    boolean hasFilterExpression,
    long targetsCount,
    List<String> targets) {}
