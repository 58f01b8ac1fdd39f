package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.fixtures.CollectingListener;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.CapturedRequest;
import dev.telemetry.runtime.testing.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries, Retry-After, terminal replies, splitting and quotas, against a real HTTP collector. */
class RetryTest {
  private final CaptureServer server = CaptureServer.start();
  private final CollectingListener listener = new CollectingListener();

  @AfterEach
  void stop() {
    server.close();
  }

  private TelemetryClient client(TelemetryConfig.Builder builder) {
    return TelemetryClient.create(builder.endpoint(server.uri()).listener(listener).build());
  }

  @Test
  void passingFailuresAreRetriedWithTheSameUuids() {
    server.reply(Reply.status(503), Reply.status(429), Reply.status(408), Reply.reset(), Reply.ok());
    try (TelemetryClient client = client(Configs.fast())) {
      client.track(RequestCreated.numbered("req_1"));
      client.track(RequestCreated.numbered("req_2"));
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      DeliveryStats stats = client.stats();
      assertEquals(2, stats.delivered());
      assertEquals(0, stats.failed());
    }
    List<CapturedRequest> requests = server.requests();
    assertEquals(5, requests.size());
    Set<List<Object>> uuidLists = new HashSet<>();
    for (CapturedRequest request : requests) {
      uuidLists.add(request.events().stream().map(e -> e.get("uuid")).collect(Collectors.toList()));
    }
    assertEquals(1, uuidLists.size(), "every attempt carries the same events with the same uuids");
  }

  @Test
  void aSlowReplyTimesOutAndIsRetried() throws InterruptedException {
    server.reply(Reply.ok().after(Duration.ofSeconds(3)));
    try (TelemetryClient client =
        client(Configs.fast().timeouts(Duration.ofSeconds(2), Duration.ofMillis(200)))) {
      client.track(RequestCreated.example());
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(1, client.stats().delivered());
    }
    assertTrue(server.awaitArrivals(2, Duration.ofSeconds(5)));
  }

  @Test
  void retryAfterSecondsIsALowerBound() {
    server.reply(Reply.status(503).retryAfter("1"), Reply.ok());
    try (TelemetryClient client = client(Configs.fast())) {
      client.track(RequestCreated.example());
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    List<CapturedRequest> requests = server.requests();
    assertEquals(2, requests.size());
    long gap = requests.get(1).receivedNanos() - requests.get(0).receivedNanos();
    assertTrue(gap >= Duration.ofSeconds(1).toNanos(), "retried after " + gap + " ns");
  }

  @Test
  void retryAfterHttpDateIsALowerBound() {
    Instant notBefore = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(notBefore.atOffset(ZoneOffset.UTC));
    server.reply(Reply.status(429).retryAfter(date), Reply.ok());
    try (TelemetryClient client = client(Configs.fast())) {
      client.track(RequestCreated.example());
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(1, client.stats().delivered());
    }
    assertEquals(2, server.requestCount());
    assertTrue(!Instant.now().isBefore(notBefore), "the retry came before the date the collector gave");
  }

  @Test
  void otherClientErrorsAreTerminalForThatBatchOnly() {
    // By content, not by arrival: with two requests in flight either may arrive first.
    server.policy(
        (n, body) -> body.contains("req_refused") ? Reply.status(400, "{\"detail\":\"invalid payload\"}") : Reply.ok());
    try (TelemetryClient client = client(Configs.fast().batch(1, 1 << 20))) {
      client.track(RequestCreated.numbered("req_refused"));
      client.track(RequestCreated.numbered("req_fine"));
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      DeliveryStats stats = client.stats();
      assertEquals(1, stats.failed());
      assertEquals(1, stats.delivered());
    }
    assertEquals(2, server.requestCount(), "a refused batch is not retried");
    assertEquals(1, listener.failed.size());
    assertTrue(listener.failed.get(0).detail().contains("HTTP 400"), listener.failed.get(0).detail());
    assertTrue(listener.failed.get(0).event().json().contains("req_refused"));
  }

  @Test
  void tooLargeSplitsTheBatchUntilTheBadEventIsAlone() {
    server.policy((n, body) -> body.contains("req_bad") ? Reply.status(413) : Reply.ok());
    try (TelemetryClient client = client(Configs.fast().batch(8, 1 << 20))) {
      for (int i = 0; i < 8; i++) {
        client.track(RequestCreated.numbered(i == 5 ? "req_bad" : "req_" + i));
      }
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      DeliveryStats stats = client.stats();
      assertEquals(7, stats.delivered());
      assertEquals(1, stats.failed());
    }
    assertEquals(1, listener.failed.size());
    assertTrue(listener.failed.get(0).event().json().contains("req_bad"));
    assertTrue(listener.failed.get(0).detail().contains("too large"), listener.failed.get(0).detail());
    List<Map<String, Object>> accepted = server.acceptedEvents();
    assertEquals(7, accepted.size());
    assertEquals(7, accepted.stream().map(e -> e.get("uuid")).distinct().count());
    assertTrue(server.requestCount() <= 7, "halving isolates one event in log2(8) rounds");
  }

  @Test
  void aBatchThatKeepsFailingIsGivenUpWithinTheBudgetAndTheNextOnesFlow() {
    server.policy((n, body) -> body.contains("req_stuck") ? Reply.status(503) : Reply.ok());
    long start = System.nanoTime();
    try (TelemetryClient client =
        client(
            Configs.fast()
                .batch(1, 1 << 20)
                .retry(Duration.ofMillis(1), Duration.ofMillis(20), Duration.ofMillis(300)))) {
      client.track(RequestCreated.numbered("req_stuck"));
      client.track(RequestCreated.numbered("req_after"));
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      DeliveryStats stats = client.stats();
      assertEquals(1, stats.failed());
      assertEquals(1, stats.delivered());
    }
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    assertTrue(listener.failed.get(0).detail().contains("retry budget"), listener.failed.get(0).detail());
  }

  @Test
  void quotaLimitedRepliesAreReported() {
    server.reply(Reply.quotaLimited("events"));
    try (TelemetryClient client = client(Configs.fast())) {
      client.track(RequestCreated.example());
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(1, client.stats().quotaLimitedReplies());
      assertEquals(1, client.stats().delivered());
    }
    assertEquals(List.of(List.of("events")), listener.quotaLimited);
  }
}
