package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.Reply;
import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** flush and close with deadlines, daemon threads, the JVM exit, the shutdown hook, and disabled clients. */
class LifecycleTest {
  private static final Duration HANG = Duration.ofSeconds(30);
  private final CaptureServer server = CaptureServer.start();
  // Threads of earlier tests (one may still be ending) must not count as this test's.
  private final Set<Thread> threadsBefore = new HashSet<>(Thread.getAllStackTraces().keySet());

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void flushWaitsUntilEverythingTrackedIsDelivered() {
    try (TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build())) {
      for (int i = 0; i < 3; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      FlushResult result = client.flush(Duration.ofSeconds(10));
      assertTrue(result.completed());
      assertEquals(3, result.stats().delivered());
      assertEquals(0, result.stats().pending());
    }
    assertEquals(3, server.acceptedEvents().size());
  }

  @Test
  void flushReturnsAtItsDeadline() throws InterruptedException {
    server.reply(Reply.ok().after(HANG));
    try (TelemetryClient client =
        TelemetryClient.create(Configs.fast().endpoint(server.uri()).timeouts(Duration.ofSeconds(2), HANG).build())) {
      client.track(RequestCreated.example());
      long start = System.nanoTime();
      FlushResult result = client.flush(Duration.ofMillis(200));
      long took = System.nanoTime() - start;
      assertFalse(result.completed());
      assertEquals(1, result.stats().pending());
      assertTrue(took >= Duration.ofMillis(200).toNanos() && took < HANG.toNanos() / 6, took + " ns");
      client.close(Duration.ofMillis(100));
    }
  }

  @Test
  void closeDeliversWhatIsQueuedThenStopsTheThread() {
    TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build());
    for (int i = 0; i < 50; i++) {
      client.track(RequestCreated.numbered("req_" + i));
    }
    FlushResult result = client.close(Duration.ofSeconds(10));
    assertTrue(result.completed(), result.stats().toString());
    assertEquals(50, result.stats().delivered(), result.stats().toString());
    assertEquals(50, server.acceptedEvents().size());
    assertTrue(deliveryThreads().isEmpty(), "the delivery thread stopped");
    client.track(RequestCreated.example());
    assertEquals(1, client.stats().dropped(DropReason.CLOSED), "events after close are dropped and counted");
  }

  @Test
  void closeGivesUpAtItsDeadline() {
    server.reply(Reply.ok().after(HANG));
    TelemetryClient client =
        TelemetryClient.create(Configs.fast().endpoint(server.uri()).timeouts(Duration.ofSeconds(2), HANG).build());
    client.track(RequestCreated.example());
    long start = System.nanoTime();
    FlushResult result = client.close(Duration.ofMillis(200));
    long took = System.nanoTime() - start;
    assertTrue(took >= Duration.ofMillis(200).toNanos() && took < HANG.toNanos() / 6, took + " ns");
    assertEquals(0, result.stats().pending(), result.stats().toString());
    assertEquals(1, result.stats().failed(), "the request in flight at the deadline failed: " + result.stats());
    assertTrue(result.stats().balanced());
  }

  @Test
  void theDeliveryThreadAndItsSendersAreDaemons() {
    try (TelemetryClient client =
        TelemetryClient.create(Configs.fast().endpoint(server.uri()).maxInFlightRequests(3).build())) {
      assertTrue(client.enabled());
      List<Thread> threads = deliveryThreads();
      assertEquals(4, threads.size(), "the loop and one sender per request in flight: " + threads);
      assertEquals(3, threads.stream().filter(t -> t.getName().contains("-sender-")).count(), threads::toString);
      assertTrue(threads.stream().allMatch(Thread::isDaemon), threads::toString);
    }
    assertTrue(deliveryThreads().isEmpty(), "close stopped the loop and every sender");
  }

  @Test
  void aJvmThatNeverClosesTheClientStillExits() throws Exception {
    server.policy((n, body) -> Reply.ok().after(HANG));
    Process child = startChild("no-hook");
    try {
      assertTrue(server.awaitArrivals(1, Duration.ofSeconds(20)), "the child sent a batch");
    } finally {
      child.getOutputStream().close(); // lets the child's main return
    }
    assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child JVM exited while a request was in flight");
    assertEquals(0, child.exitValue());
  }

  @Test
  void theShutdownHookDeliversOnExit() throws Exception {
    Process child = startChild("hook");
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, child.exitValue());
    assertEquals(5, server.acceptedEvents().size(), "the hook flushed the partial batch before exit");
  }

  @Test
  void disabledClientsStartNoThreadAndOpenNoConnection() {
    List<TelemetryConfig> configs =
        List.of(
            TelemetryConfig.fromEnvironment("CF", Map.of("CF_DISABLED", "true")).endpoint(server.uri()).build(),
            TelemetryConfig.fromEnvironment("CF", Map.of("DO_NOT_TRACK", "1")).endpoint(server.uri()).build(),
            Configs.fast().endpoint(server.uri()).disabled(true).build(),
            Configs.fast().build(),
            TelemetryClient.disabled().config());
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    for (TelemetryConfig config : configs) {
      try (TelemetryClient client = TelemetryClient.create(config)) {
        assertFalse(client.enabled());
        for (int i = 0; i < 10; i++) {
          client.track(RequestCreated.numbered("req_" + i));
        }
        assertTrue(client.flush(Duration.ofSeconds(1)).completed());
        assertEquals(10, client.stats().dropped(DropReason.DISABLED));
        assertTrue(client.stats().balanced());
      }
    }
    Set<String> newThreads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> !before.contains(t))
            .map(Thread::getName)
            .filter(name -> name.startsWith(TelemetryClient.THREAD_NAME_PREFIX) || name.startsWith("HttpClient"))
            .collect(Collectors.toSet());
    assertEquals(Set.of(), newThreads);
    assertEquals(0, server.requestCount());
    assertEquals(0, server.connectionCount());
  }

  private Process startChild(String hook) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ChildMain.class.getName(),
            server.uri().toString(),
            hook)
        .redirectErrorStream(true)
        .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "telemetry-child-" + hook + ".log"))
        .start();
  }

  private List<Thread> deliveryThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !threadsBefore.contains(t))
        .filter(t -> t.getName().startsWith(TelemetryClient.THREAD_NAME_PREFIX) && t.isAlive())
        .collect(Collectors.toList());
  }
}
