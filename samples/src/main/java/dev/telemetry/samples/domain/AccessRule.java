package dev.telemetry.samples.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What may be requested, from which Access Providers, for how long, and whether an administrator
 * must approve. The name and description are written by customers and can name people or systems;
 * they stay inside the service.
 *
 * @param id the rule's ID, such as {@code rul_123}; telemetry sends only its hash
 * @param name the name shown to users; never sent
 * @param description what the rule is for; never sent
 * @param targets the Access Providers it uses, as {@code publisher/name@version}
 * @param maxDuration the longest access it grants
 * @param requiresApproval whether an administrator must approve each request
 * @param filterExpression the expression that narrows its targets, or null
 */
public record AccessRule(
    String id,
    String name,
    String description,
    List<String> targets,
    Duration maxDuration,
    boolean requiresApproval,
    String filterExpression) {

  /** Checks the required values and copies the targets. */
  public AccessRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(maxDuration, "maxDuration");
    targets = List.copyOf(targets);
  }

  /** Whether the rule filters its targets. */
  public boolean hasFilterExpression() {
    return filterExpression != null && !filterExpression.isBlank();
  }

  /** This rule with other settings, as an administrator's edit leaves it. */
  public AccessRule edited(List<String> newTargets, Duration newMaxDuration, boolean newRequiresApproval, String newFilter) {
    return new AccessRule(id, name, description, newTargets, newMaxDuration, newRequiresApproval, newFilter);
  }
}
