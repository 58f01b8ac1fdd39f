package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.internal.encode.JsonReader;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.DeploymentInfo;
import dev.telemetry.runtime.fixtures.IdentifyUserInfo;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.hash.Hasher;
import dev.telemetry.runtime.sink.DebugLogSink;
import dev.telemetry.runtime.sink.JsonLinesFileSink;
import dev.telemetry.runtime.sink.RecordedEvent;
import dev.telemetry.runtime.sink.RecordingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The non-HTTP sinks, and logging through System.Logger. */
class SinksTest {
  @TempDir Path dir;

  @Test
  void jsonLinesFileSinkAppendsOneEventPerLine() throws Exception {
    Path file = dir.resolve("out/events.jsonl");
    for (int run = 0; run < 2; run++) {
      try (TelemetryClient client = TelemetryClient.create(Configs.fast().sink(new JsonLinesFileSink(file)).build())) {
        client.track(RequestCreated.example());
        client.track(IdentifyUserInfo.example(), "usr_123");
      }
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals(4, lines.size(), "a second client appends");
    assertEquals("cf:request.created", JsonReader.parseObject(lines.get(0)).get("event"));
    assertEquals("$identify", JsonReader.parseObject(lines.get(1)).get("event"));
  }

  @Test
  void recordingSinkGivesTypedAssertions() {
    RecordingSink recording = new RecordingSink();
    try (TelemetryClient client = TelemetryClient.create(Configs.fast().sink(recording).build())) {
      client.track(RequestCreated.example());
      client.track(IdentifyUserInfo.example(), "usr_123");
      client.track(DeploymentInfo.example());
      client.flush(Duration.ofSeconds(5));
    }
    RecordedEvent created = recording.assertTrackedOnce("cf:request.created");
    created
        .assertProperty("targets_count", 6)
        .assertProperty("has_reason", true)
        .assertProperty("requested_by", Hasher.sha256().hash("usr", "usr_123"))
        .assertNoProperty("reason");
    assertEquals(Hasher.sha256().hash("usr", "usr_123"), created.distinctId());
    assertEquals(Map.of("group_count", 2L, "available_rules", 1L, "role", "admin"),
        recording.assertTrackedOnce("cf:identify:user_info").eventProperties());
    recording.assertTrackedOnce("cf:groupidentify:deployment").assertProperty("version", "v0.9.0");
    recording.assertTracked("cf:rule.created", 0);

    AssertionError wrongValue =
        assertThrows(AssertionError.class, () -> created.assertProperty("targets_count", 7));
    assertTrue(wrongValue.getMessage().contains("'targets_count' = 7, but it is 6"), wrongValue.getMessage());
    AssertionError missing = assertThrows(AssertionError.class, () -> recording.assertTrackedOnce("cf:rule.created"));
    assertTrue(missing.getMessage().contains("cf:request.created"), missing.getMessage());
    assertThrows(AssertionError.class, recording::assertNothingTracked);
    recording.clear();
    recording.assertNothingTracked();
  }

  @Test
  void debugModeLogsEveryEventAsItIsQueued() {
    List<String> logged = captureLog(() -> {
      try (TelemetryClient client =
          TelemetryClient.create(
              TelemetryConfig.fromEnvironment("CF", Map.of("CF_LOG_LEVEL", "debug"))
                  .library("cf-analytics-go", "dev")
                  .sink(new RecordingSink())
                  .build())) {
        client.track(RequestCreated.example());
        client.track(new RequestCreated(null, "req_1", true, 1, 1));
      }
    });
    assertTrue(logged.stream().anyMatch(m -> m.startsWith("telemetry event queued: {") && m.contains("cf:request.created")), logged::toString);
    assertTrue(logged.stream().anyMatch(m -> m.contains("EMPTY_IDENTIFIER")), logged::toString);
  }

  @Test
  void debugModeWhileDisabledLogsWhatWouldHaveBeenSent() {
    List<String> logged = captureLog(() -> {
      try (TelemetryClient client =
          TelemetryClient.create(TelemetryConfig.fromEnvironment("CF", Map.of("CF_DISABLED", "1", "CF_LOG_LEVEL", "debug")).build())) {
        client.track(RequestCreated.example());
        assertEquals(1, client.stats().dropped(DropReason.DISABLED));
      }
    });
    assertTrue(logged.stream().anyMatch(m -> m.contains("not sending") && m.contains("cf:request.created")), logged::toString);
  }

  @Test
  void debugLogSinkLogsInsteadOfSending() {
    List<String> logged = captureLog(() -> {
      try (TelemetryClient client = TelemetryClient.create(Configs.fast().sink(new DebugLogSink()).build())) {
        client.track(RequestCreated.example());
        assertEquals(1, client.flush(Duration.ofSeconds(5)).stats().delivered());
      }
    });
    assertTrue(logged.stream().anyMatch(m -> m.contains("debug log sink") && m.contains("cf:request.created")), logged::toString);
  }

  private static List<String> captureLog(Runnable action) {
    Logger logger = Logger.getLogger("dev.telemetry.runtime");
    List<String> messages = new CopyOnWriteArrayList<>();
    SimpleFormatter formatter = new SimpleFormatter();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            messages.add(formatter.formatMessage(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      action.run();
    } finally {
      logger.removeHandler(handler);
    }
    return messages;
  }
}
