package com.example.telemetry;

import dev.telemetry.runtime.event.Checks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.GeneratedEventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Writes {@link RuleCreated} as the catalogue event {@code cf:rule.created},
 * without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class RuleCreatedWriter extends GeneratedEventWriter<RuleCreated> {
  private static final Pattern TARGETS_ITEM_PATTERN = Pattern.compile("^[a-z0-9-]+/[a-z0-9-]+@v[0-9]+\\z");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public RuleCreatedWriter() {
    super(RuleCreated.class, new EventDescriptor(
        "cf:rule.created",
        EventKind.CAPTURE,
        null,
        "usr",
        "Helps us to understand the impact of changes to providers; for "
          + "widely-used alpha-version providers we will provide scripts to "
          + "automatically update Access Rules when changes are made to "
          + "Access Providers. Helps inform the direction of the project with "
          + "the kinds of new Access Providers that are developed. Helps us "
          + "prioritize manual approval policy improvements (such as 2-person "
          + "approval for access) versus automated approval policy "
          + "improvements (such as associating Linear/Jira tickets with "
          + "access requests, or integrating with PagerDuty and other on-call "
          + "platforms)."), true);
  }

  @Override
  public String distinctId(RuleCreated event) {
    return event.createdBy();
  }

  @Override
  public void writeProperties(RuleCreated event, JsonOutput out) {
    out.name("rule_id").hashed("rul", event.ruleId());
    out.name("created_by").hashed("usr", event.createdBy());
    out.name("max_duration_seconds").value(Checks.atLeast(event.maxDurationSeconds(), 0L,
        "cf:rule.created: max_duration_seconds is below minimum 0"));
    out.name("requires_approval").value(event.requiresApproval());
    out.name("has_filter_expression").value(event.hasFilterExpression());
    out.name("targets_count").value(Checks.atLeast(event.targetsCount(), 0L,
        "cf:rule.created: targets_count is below minimum 0"));
    out.name("targets").beginArray();
    for (String item : Checks.maxItems(event.targets(), 100,
        "cf:rule.created: targets has more items than max-items 100")) {
      out.value(Checks.matching(item, TARGETS_ITEM_PATTERN,
          "cf:rule.created: targets[] does not match ^[a-z0-9-]+/[a-z0-9-]+@v[0-9]+$"));
    }
    out.endArray();
  }
}
