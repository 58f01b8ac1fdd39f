package dev.telemetry.benchmarks.events;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;

/**
 * Writes {@link RuleCreated} as {@code cf:rule.created}, statement for statement as the annotation
 * processor writes the writer of an annotated class. Written by hand only until the processor is
 * on the build's main line; then the generated writer replaces it.
 */
public final class RuleCreatedWriter implements EventWriter<RuleCreated> {
  private static final EventDescriptor DESCRIPTOR =
      new EventDescriptor(
          "cf:rule.created",
          EventKind.CAPTURE,
          null,
          "usr",
          "Measures how the client performs when it sends events with an array property.");

  /** The writer holds no state: one instance serves every event and thread. */
  public RuleCreatedWriter() {}

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
