package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.event.EventWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The writers generated for annotated classes encode, through the runtime's encoder, exactly the
 * analytics-go fixtures for each event's catalogue example (apart from the per-event {@code uuid}
 * that we add on purpose).
 */
class AnalyticsGoFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static CompiledClasses classes;
  private static final EventEncoder ENCODER = new EventEncoder(TelemetryConfig.builder()
      .library("cf-analytics-go", "dev")
      .group("deployment", "dep_123")
      .clock(Clock.fixed(Instant.parse("2009-11-10T23:00:00Z"), ZoneOffset.UTC))
      .privacyProperties(false)
      .build());

  @BeforeAll
  static void compile() {
    Compilation compilation = TelemetryCompiler.compile(
        TelemetryCompiler.resource("example/catalogue-example.yaml"),
        TelemetryCompiler.source("com.example.RequestCreated", """
            package com.example;
            import dev.telemetry.annotations.TelemetryEvent;
            @TelemetryEvent("cf:request.created")
            public record RequestCreated(
                String requestedBy, String requestId, boolean hasReason, int targetsCount, int accessGroupsCount) {}
            """),
        TelemetryCompiler.source("com.example.RuleCreated", """
            package com.example;
            import dev.telemetry.annotations.TelemetryEvent;
            import java.util.List;
            @TelemetryEvent("cf:rule.created")
            public class RuleCreated {
              private final String ruleId;
              private final String createdBy;
              final long maxDurationSeconds;
              final boolean requiresApproval;
              final boolean hasFilterExpression;
              final List<String> targets;
              private final int targetsCount;

              public RuleCreated(String ruleId, String createdBy, long maxDurationSeconds, boolean requiresApproval,
                  boolean hasFilterExpression, List<String> targets) {
                this.ruleId = ruleId;
                this.createdBy = createdBy;
                this.maxDurationSeconds = maxDurationSeconds;
                this.requiresApproval = requiresApproval;
                this.hasFilterExpression = hasFilterExpression;
                this.targets = targets;
                this.targetsCount = targets.size();
              }

              public String getRuleId() { return ruleId; }
              public String getCreatedBy() { return createdBy; }
              int targetsCount() { return targetsCount; }
            }
            """),
        TelemetryCompiler.source("com.example.UserInfo", """
            package com.example;
            import dev.telemetry.annotations.TelemetryEvent;
            @TelemetryEvent("cf:identify:user_info")
            public record UserInfo(String distinctId, int groupCount, Integer availableRules, Role role) {
              public enum Role { END_USER, ADMIN }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  void requestCreated() throws Exception {
    Object event = classes.construct("com.example.RequestCreated", "usr_123", "req_123", true, 6, 3);
    assertEncodes("cf-request-created.json", "com.example.TelemetryWriters$RequestCreatedTelemetryWriter", event);
  }

  @Test
  void ruleCreated() throws Exception {
    Object event = classes.construct("com.example.RuleCreated", "rul_123", "usr_123", 100L, true, true,
        List.of("commonfate/test-provider@v1", "commonfate/test-provider2@v2"));
    assertEncodes("cf-rule-created.json", "com.example.TelemetryWriters$RuleCreatedTelemetryWriter", event);
  }

  @Test
  void identifyUserInfoWithTheDistinctIdAsAMember() throws Exception {
    Class<?> role = classes.loadClass("com.example.UserInfo$Role");
    Object admin = role.getEnumConstants()[1];
    Object event = classes.construct("com.example.UserInfo", "usr_123", 2, 1, admin);
    assertEncodes("cf-identify-user-info.json", "com.example.TelemetryWriters$UserInfoTelemetryWriter", event);
  }

  @SuppressWarnings("unchecked")
  private static void assertEncodes(String fixture, String writerClass, Object event) throws Exception {
    EventWriter<Object> writer = (EventWriter<Object>) classes.construct(writerClass);
    JsonNode actual = JSON.readTree(ENCODER.encode(writer, event, null).json());
    ((ObjectNode) actual).remove("uuid");
    JsonNode expected = JSON.readTree(Files.readString(TelemetryCompiler.resource("example/" + fixture))).get("batch").get(0);
    assertEquals(expected, actual);
  }
}
