package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkedDataRuleTest {
  private final MarkedDataRule rule = new MarkedDataRule();

  @Test
  void aMarkedValueNamesThePropertyAndTheMarker() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-PII-MARKED",
                Severity.ERROR,
                "MARKED",
                "property 'owner' is marked @Pii as personal data; telemetry must never carry it",
                "remove it from the event or mark it @TelemetryIgnore; marked data cannot be allowed")),
        rule.check(subject("owner", ValueShape.STRING).markers("Pii", "Nullable").build()));
  }

  @Test
  void severalMarkersAreListedInOneFinding() {
    assertEquals(
        "property 'owner' is marked @PersonalData and @Sensitive as personal data; telemetry must never"
            + " carry it",
        rule.check(subject("owner", ValueShape.OBJECT).markers("Sensitive", "com.acme.PersonalData").build())
            .get(0)
            .message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pii", "PII", "PiiField", "PIIField", "PersonalData", "Sensitive", "SensitiveData",
        "PersonallyIdentifiable", "Confidential", "Secret", "Redact", "Masked", "Encrypted", "PHI",
        "@DataSubjectId", "org.example.gdpr.SpecialCategory"
      })
  void markersAreRecognisedBySimpleNameInAnyCaseStyle(String marker) {
    assertEquals(1, rule.check(subject("value", ValueShape.STRING).markers(marker).build()).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nullable", "JsonProperty", "Deprecated", "PiiSafe", "NotPii", "SecretSanta"})
  void otherAnnotationsAreNotMarkers(String marker) {
    assertEquals(List.of(), rule.check(subject("value", ValueShape.STRING).markers(marker).build()));
  }

  @Test
  void noReasonAllowsMarkedData() {
    assertEquals(
        1,
        rule.check(subject("value", ValueShape.STRING).markers("Pii").allowPii("Trust me.").hashed().build())
            .size());
  }
}
