package com.example.telemetry;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Writes {@code cf:groupidentify:deployment} events, given as {@link DeploymentGroupIdentify},
 * for the telemetry client, without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class DeploymentGroupIdentifyWriter implements EventWriter<DeploymentGroupIdentify> {
  private static final EventDescriptor DESCRIPTOR = new EventDescriptor(
      "cf:groupidentify:deployment",
      EventKind.GROUP_IDENTIFY,
      "deployment",
      null,
      "Helps us prioritise backporting patches to previous versions.");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public DeploymentGroupIdentifyWriter() {
  }

  @Override
  public EventDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Class<DeploymentGroupIdentify> eventClass() {
    return DeploymentGroupIdentify.class;
  }

  @Override
  public String distinctId(DeploymentGroupIdentify event) {
    return null;
  }

  @Override
  public void writeProperties(DeploymentGroupIdentify event, JsonOutput out) {
    out.name("version").value(event.version());
    out.name("user_count").value(event.userCount());
    out.name("group_count").value(event.groupCount());
    out.name("idp").value(event.idp().value());
    if (event.stage() != null) {
      out.name("stage").value(event.stage());
    }
  }
}
