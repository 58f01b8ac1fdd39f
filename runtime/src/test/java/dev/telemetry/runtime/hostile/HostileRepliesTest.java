package dev.telemetry.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Collectors (or what stands in their place) that answer badly: none may exhaust memory, kill a
 * sender, stall delivery, falsify the counts, or turn one batch into hundreds of requests.
 */
class HostileRepliesTest {
  private static final Duration FLUSH = Duration.ofSeconds(20);

  @Test
  void aFiftyMegabyteReplyUnderA64MegabyteHeapNeitherExhaustsMemoryNorStopsDelivery() throws Exception {
    try (CaptureServer server = CaptureServer.start()) {
      server.policy((n, body) -> n <= 3 ? Reply.oversized(200, "{\"status\":1,\"pad\":\"", 50L << 20) : Reply.ok());
      String out = runChild(server, "-Xmx64m");
      // Round 1's replies were cut off, so not PostHog's: retried until the budget, then failed.
      assertTrue(out.contains("pending=0"), out);
      assertDeliveryWentOnWithout("OutOfMemoryError", out);
    }
  }

  @Test
  void aReplyNestedTwoHundredThousandDeepNeitherOverflowsTheStackNorStopsDelivery() throws Exception {
    try (CaptureServer server = CaptureServer.start()) {
      server.policy((n, body) -> n <= 3 ? Reply.status(200, "[".repeat(200_000)) : Reply.ok());
      String out = runChild(server, "-Xss256k");
      assertDeliveryWentOnWithout("StackOverflowError", out);
    }
  }

  @Test
  void aReplyThatTricklesInIsTimedOutAndRetried() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client =
            TelemetryClient.create(
                Configs.fast()
                    .endpoint(server.uri())
                    .timeouts(Duration.ofSeconds(1), Duration.ofMillis(800))
                    .build())) {
      server.reply(
          Reply.status(200, "{\"status\":1}").trickled(Duration.ofMillis(500)),
          Reply.status(200, "{\"status\":1}").trickled(Duration.ofMillis(500)));
      for (int i = 0; i < 10; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      long start = System.nanoTime();
      assertTrue(client.flush(FLUSH).completed(), client.stats().toString());
      long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(10, client.stats().delivered(), client.stats().toString());
      assertEquals(3, server.requestCount());
      // Two timed-out exchanges of 800 ms each, not two 6-second trickles.
      assertTrue(tookMillis < 5_000, tookMillis + " ms");
    }
  }

  @Test
  void aCaptivePortalAnsweringTwoHundredIsNotDelivery() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build())) {
      server.reply(
          Reply.status(200, "<html><body>Sign in to Airport Wi-Fi</body></html>").header("Content-Type", "text/html"),
          Reply.status(204));
      for (int i = 0; i < 10; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(client.flush(FLUSH).completed());
      DeliveryStats stats = client.stats();
      assertEquals(10, stats.delivered(), stats.toString());
      assertEquals(3, server.requestCount());
      assertEquals(10, server.acceptedEvents().size());
    }
  }

  @Test
  void aBadRequestThatMentionsSizeIsRefusedNotSplitIntoHundredsOfRequests() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build())) {
      server.policy((n, body) -> Reply.status(400, "{\"detail\":\"invalid event size field\"}"));
      for (int i = 0; i < 500; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(client.flush(FLUSH).completed());
      assertEquals(1, server.requestCount());
      assertEquals(500, client.stats().failed());
    }
  }

  @Test
  void aCollectorCallingEveryPartTooLargeGetsLogarithmicallyManyRequests() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build())) {
      server.policy((n, body) -> Reply.status(413));
      for (int i = 0; i < 500; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(client.flush(FLUSH).completed());
      // log2(500) rounds up to 9 levels; 4 splits per level at most, each making two requests.
      assertTrue(server.requestCount() <= 1 + 2 * 4 * 9, server.requestCount() + " requests");
      assertEquals(500, client.stats().failed());
      assertTrue(client.stats().balanced());
    }
  }

  @Test
  void oneOversizedEventAmongManyIsFoundAndOnlyItFails() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build())) {
      server.policy((n, body) -> body.contains("req_oversized") ? Reply.status(413) : Reply.ok());
      for (int i = 0; i < 499; i++) {
        client.track(RequestCreated.numbered("req_" + i));
        if (i == 321) {
          client.track(RequestCreated.numbered("req_oversized"));
        }
      }
      assertTrue(client.flush(FLUSH).completed());
      assertEquals(499, client.stats().delivered());
      assertEquals(1, client.stats().failed());
    }
  }

  @Test
  void aRetryAfterOfAnHourHoldsSendersForOneBudgetOnly() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client =
            TelemetryClient.create(
                Configs.fast()
                    .endpoint(server.uri())
                    .retry(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(1))
                    .build())) {
      server.reply(Reply.status(503).retryAfter("3600"));
      client.track(RequestCreated.numbered("req_1"));
      long start = System.nanoTime();
      assertTrue(client.flush(FLUSH).completed());
      assertEquals(1, client.stats().failed(), "without a spool, postponed means failed");
      client.track(RequestCreated.numbered("req_2"));
      assertTrue(client.flush(FLUSH).completed());
      assertEquals(1, client.stats().delivered());
      assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10);
    }
  }

  @Test
  void creatingAndClosingClientsLeavesNoThreadsBehind() throws Exception {
    try (CaptureServer server = CaptureServer.start()) {
      for (int i = 0; i < 30; i++) {
        try (TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build())) {
          client.track(RequestCreated.numbered("req_" + i));
          assertTrue(client.flush(FLUSH).completed());
        }
      }
      // What may stay: the JDK's keep-alive timer and our one exchange watchdog, both daemons.
      java.util.List<String> left =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.isAlive())
              .map(Thread::getName)
              .filter(name -> name.startsWith(TelemetryClient.THREAD_NAME_PREFIX) || name.startsWith("HttpClient"))
              .toList();
      assertEquals(java.util.List.of(), left);
      assertEquals(30, server.acceptedEvents().size());
    }
  }

  // The child's two rounds both ran, the second delivered its events, and nothing was thrown.
  private static void assertDeliveryWentOnWithout(String error, String out) {
    assertTrue(out.contains("round 1: tracked=100 "), out);
    assertTrue(out.contains("round 2: tracked=200 delivered="), out);
    assertTrue(delivered(out, 2) >= 100, out);
    assertTrue(!out.contains(error), out);
  }

  private static long delivered(String out, int round) {
    String line = out.lines().filter(l -> l.startsWith("round " + round + ":")).findFirst().orElseThrow();
    String value = line.replaceAll(".* delivered=(\\d+).*", "$1");
    return Long.parseLong(value);
  }

  private static String runChild(CaptureServer server, String jvmOption) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                jvmOption,
                "-cp",
                System.getProperty("java.class.path"),
                HostileChild.class.getName(),
                server.uri().toString())
            .redirectErrorStream(true)
            .start();
    byte[] output = child.getInputStream().readAllBytes();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    String out = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), out);
    return out;
  }
}
