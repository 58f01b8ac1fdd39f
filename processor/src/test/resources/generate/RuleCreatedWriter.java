package com.example.telemetry;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Writes {@code cf:rule.created} events, given as {@link RuleCreated}, for the telemetry
 * client, without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class RuleCreatedWriter implements EventWriter<RuleCreated> {
  private static final EventDescriptor DESCRIPTOR = new EventDescriptor(
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
        + "platforms).");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public RuleCreatedWriter() {
  }

  @Override
  public EventDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<RuleCreated> eventClass() {
    return RuleCreated.class;
  }

  @Override
  public String distinctId(RuleCreated event) {
    return event.createdBy();
  }

  @Override
  public void writeProperties(RuleCreated event, JsonOutput out) {
    out.name("rule_id").hashed("rul", event.ruleId());
    out.name("created_by").hashed("usr", event.createdBy());
    out.name("max_duration_seconds").value(event.maxDurationSeconds());
    out.name("requires_approval").value(event.requiresApproval());
    out.name("has_filter_expression").value(event.hasFilterExpression());
    out.name("targets_count").value(event.targetsCount());
    out.name("targets").beginArray();
    for (String item : event.targets()) {
      out.value(item);
    }
    out.endArray();
  }
}
