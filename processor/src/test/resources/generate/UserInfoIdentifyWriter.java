package com.example.telemetry;

import dev.telemetry.runtime.event.Checks;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.GeneratedEventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Writes {@link UserInfoIdentify} as the catalogue event {@code cf:identify:user_info},
 * without reflection.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class UserInfoIdentifyWriter extends GeneratedEventWriter<UserInfoIdentify> {
  /**
   * Creates the writer; it holds no state, so one instance serves every event.
   */
  public UserInfoIdentifyWriter() {
    super(UserInfoIdentify.class, new EventDescriptor(
        "cf:identify:user_info",
        EventKind.IDENTIFY,
        null,
        "usr",
        "Lets us tell end users from administrators in the other metrics, "
          + "without knowing who they are."), true);
  }

  @Override
  public String distinctId(UserInfoIdentify event) {
    return event.distinctId();
  }

  @Override
  public void writeProperties(UserInfoIdentify event, JsonOutput out) {
    out.name("group_count").value(Checks.atLeast(event.groupCount(), 0L,
        "cf:identify:user_info: group_count is below minimum 0"));
    if (event.availableRules() != null) {
      out.name("available_rules").value(Checks.atLeast(event.availableRules(), 0L,
          "cf:identify:user_info: available_rules is below minimum 0"));
    }
    out.name("role").value(event.role().value());
  }
}
