package com.example.telemetry;

import dev.telemetry.runtime.event.Checks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.GeneratedEventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Writes {@link DeploymentGroupIdentify} as the catalogue event {@code cf:groupidentify:deployment},
 * without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class DeploymentGroupIdentifyWriter extends GeneratedEventWriter<DeploymentGroupIdentify> {
  private static final Pattern VERSION_PATTERN = Pattern.compile("^v[0-9]+\\.[0-9]+\\.[0-9]+[^\\n\\r\\u2028\\u2029]*\\z");

  private static final Pattern STAGE_PATTERN = Pattern.compile("^[a-z0-9-]{1,32}\\z");

  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public DeploymentGroupIdentifyWriter() {
    super(DeploymentGroupIdentify.class, new EventDescriptor(
        "cf:groupidentify:deployment",
        EventKind.GROUP_IDENTIFY,
        "deployment",
        null,
        "Helps us prioritise backporting patches to previous versions."), true);
  }

  @Override
  public String distinctId(DeploymentGroupIdentify event) {
    // The event has no distinct ID of its own.
    return null;
  }

  @Override
  public void writeProperties(DeploymentGroupIdentify event, JsonOutput out) {
    out.name("version").value(Checks.matching(event.version(), VERSION_PATTERN,
        "cf:groupidentify:deployment: version does not match ^v[0-9]+\\.[0-9]+\\.[0-9]+.*$"));
    out.name("user_count").value(Checks.atLeast(event.userCount(), 0L,
        "cf:groupidentify:deployment: user_count is below minimum 0"));
    out.name("group_count").value(Checks.atLeast(event.groupCount(), 0L,
        "cf:groupidentify:deployment: group_count is below minimum 0"));
    out.name("idp").value(event.idp().value());
    if (event.stage() != null) {
      out.name("stage").value(Checks.matching(event.stage(), STAGE_PATTERN,
          "cf:groupidentify:deployment: stage does not match ^[a-z0-9-]{1,32}$"));
    }
  }
}
