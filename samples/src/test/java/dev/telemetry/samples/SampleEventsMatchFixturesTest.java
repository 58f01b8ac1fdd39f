package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.sink.RecordedEvent;
import dev.telemetry.runtime.sink.RecordingSink;
import dev.telemetry.samples.requests.RequestCreated;
import dev.telemetry.samples.rules.RuleCreated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import telemetry.cf.UserInfoIdentify;

/**
 * The sample's own event classes (two annotated, one generated), filled with the catalogue's
 * example values and sent by the runtime configured as PRODUCT.md §9 says, produce exactly
 * analytics-go's fixtures, private data included in the objects but not on the wire.
 */
class SampleEventsMatchFixturesTest {

  @Test
  void annotatedDomainClassMatchesRequestCreatedFixture() throws Exception {
    RequestCreated event =
        new RequestCreated("req_123", "usr_123", "jane.roe@example.com", "Incident 4821", 6, 3);

    assertSentAsFixture(event, "cf-request-created.json");
  }

  @Test
  void annotatedRecordMatchesRuleCreatedFixture() throws Exception {
    RuleCreated event =
        new RuleCreated(
            "rul_123",
            "usr_123",
            100,
            true,
            true,
            2,
            List.of("commonfate/test-provider@v1", "commonfate/test-provider2@v2"),
            "Jane's break-glass rule",
            "For Jane Roe's team");

    assertSentAsFixture(event, "cf-rule-created.json");
  }

  @Test
  void generatedClassMatchesIdentifyFixture() throws Exception {
    UserInfoIdentify event =
        UserInfoIdentify.builder()
            .distinctId("usr_123")
            .groupCount(2)
            .role(UserInfoIdentify.Role.ADMIN)
            .availableRules(1)
            .build();

    assertSentAsFixture(event, "cf-identify-user-info.json");
  }

  private static void assertSentAsFixture(Object event, String fixtureName) throws Exception {
    Path fixture = SharedFiles.find("compat/analytics-go/" + fixtureName).orElse(null);
    Assumptions.assumeTrue(fixture != null, "shared/compat/analytics-go is not beside this repository");
    RecordingSink sink = new RecordingSink();
    TelemetryConfig config =
        TelemetryConfig.builder()
            .library("cf-analytics-go", "dev")
            .group("deployment", "dep_123")
            .clock(Clock.fixed(Instant.parse("2009-11-10T23:00:00Z"), ZoneOffset.UTC))
            .sink(sink)
            .build();
    try (TelemetryClient client = TelemetryClient.create(config)) {
      client.track(event);
      assertTrue(client.flush(Duration.ofSeconds(10)).completed(), "flushed in time");
    }
    List<RecordedEvent> sent = sink.events();
    assertEquals(1, sent.size(), "one event sent: " + sent);
    String batch = "{\"batch\":[" + sent.get(0).json() + "]}";

    assertEquals(JsonValues.comparable(fixture), JsonValues.comparable(batch), "sent: " + batch);
  }
}
