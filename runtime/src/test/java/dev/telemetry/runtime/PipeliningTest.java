package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.fixtures.CollectingListener;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.sink.SendOutcome;
import dev.telemetry.runtime.sink.Sink;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.CapturedRequest;
import dev.telemetry.runtime.testing.Reply;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several requests in flight: overlap, the bound, per-batch backoff, the global Retry-After, flush
 * order, close accounting and thread ends, and serial custom sinks, against a real collector.
 */
class PipeliningTest {
  private static final Duration HANG = Duration.ofSeconds(30);
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final CaptureServer server = CaptureServer.start();
  private final CollectingListener listener = new CollectingListener();
  // Threads of earlier tests (one may still be ending) must not count as this test's.
  private final Set<Thread> threadsBefore = new HashSet<>(Thread.getAllStackTraces().keySet());

  @AfterEach
  void stop() {
    server.close();
  }

  private TelemetryClient client(TelemetryConfig.Builder builder) {
    return TelemetryClient.create(builder.endpoint(server.uri()).listener(listener).build());
  }

  @Test
  void twoRequestsAreInFlightAtOnceAndNeverMore() throws InterruptedException {
    // Nothing is answered until two requests are in flight: a client sending one at a time would
    // never get there.
    CountDownLatch release = new CountDownLatch(1);
    server.policy((n, body) -> Reply.ok().heldUntil(release));
    try (TelemetryClient client = client(Configs.fast().batch(1, 1 << 20).maxInFlightRequests(2))) {
      for (int i = 0; i < 6; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(server.awaitConcurrentRequests(2, WAIT), "two requests in flight at once");
      release.countDown();
      assertTrue(client.flush(WAIT).completed());
      assertEquals(6, client.stats().delivered());
    }
    assertEquals(2, server.maxConcurrentRequests(), "never more than two in flight");
    assertEquals(6, server.requestCount());
  }

  @Test
  void withOneRequestInFlightTheyNeverOverlap() {
    server.policy((n, body) -> Reply.ok().after(Duration.ofMillis(2)));
    try (TelemetryClient client = client(Configs.fast().batch(1, 1 << 20).maxInFlightRequests(1))) {
      for (int i = 0; i < 20; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(client.flush(WAIT).completed());
      assertEquals(20, client.stats().delivered());
    }
    assertEquals(20, server.requestCount());
    assertEquals(1, server.maxConcurrentRequests());
  }

  @Test
  void aBatchWaitingToBeRetriedDoesNotHoldBackTheNextOnes() throws InterruptedException {
    // req_a fails once; its retry is answered only when the test says so. Meanwhile the batches
    // behind it must be delivered by the other sender.
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger attemptsOfA = new AtomicInteger();
    server.policy(
        (n, body) -> {
          if (!body.contains("req_a")) {
            return Reply.ok();
          }
          return attemptsOfA.incrementAndGet() == 1 ? Reply.status(503) : Reply.ok().heldUntil(release);
        });
    try (TelemetryClient client =
        client(
            Configs.fast()
                .batch(1, 1 << 20)
                .maxInFlightRequests(2)
                .retry(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1)))) {
      client.track(RequestCreated.numbered("req_a"));
      assertTrue(server.awaitRequests(1, WAIT), "req_a failed once");
      for (String id : List.of("req_b", "req_c", "req_d")) {
        client.track(RequestCreated.numbered(id));
      }
      assertTrue(server.awaitAcceptedEvents(3, WAIT), "the batches behind req_a were delivered");
      assertEquals(Set.of("req_b", "req_c", "req_d"), Set.copyOf(requestIds(server.acceptedEvents())));
      release.countDown();
      assertTrue(client.flush(WAIT).completed());
      DeliveryStats stats = client.stats();
      assertEquals(4, stats.delivered(), stats::toString);
      assertEquals(0, stats.failed(), stats::toString);
    }
    List<String> accepted = requestIds(server.acceptedEvents());
    assertEquals("req_a", accepted.get(accepted.size() - 1), "req_a's retry succeeded last: " + accepted);
  }

  @Test
  void retryAfterHoldsBackEverySender() throws InterruptedException {
    AtomicInteger attemptsOfA = new AtomicInteger();
    server.policy(
        (n, body) ->
            body.contains("req_a") && attemptsOfA.incrementAndGet() == 1
                ? Reply.status(429).retryAfter("1")
                : Reply.ok());
    try (TelemetryClient client = client(Configs.fast().batch(1, 1 << 20).maxInFlightRequests(2))) {
      client.track(RequestCreated.numbered("req_a"));
      assertTrue(server.awaitRequests(1, WAIT));
      // A sender waiting in the throttle has read the reply: from then on the wait is known to all.
      assertTrue(awaitSenderInThrottle(client), "the sender of req_a waits before its retry");
      client.track(RequestCreated.numbered("req_b"));
      assertTrue(client.flush(WAIT).completed());
      assertEquals(2, client.stats().delivered());
    }
    List<CapturedRequest> requests = server.requests();
    assertEquals(3, requests.size());
    long refusedAt = requests.get(0).receivedNanos();
    for (CapturedRequest later : requests.subList(1, 3)) {
      long gap = later.receivedNanos() - refusedAt;
      assertTrue(
          gap >= TimeUnit.SECONDS.toNanos(1),
          requestIds(later.events()) + " was sent " + gap / 1_000_000 + " ms after the Retry-After: 1 reply");
    }
  }

  @Test
  void closingGivesUpAtOnceWhatARetryAfterPastTheDeadlineHoldsBack() throws InterruptedException {
    server.policy((n, body) -> n == 1 ? Reply.status(429).retryAfter("60") : Reply.ok());
    TelemetryClient client =
        client(
            Configs.fast()
                .batch(1, 1 << 20)
                .maxInFlightRequests(2)
                .retry(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMinutes(5)));
    client.track(RequestCreated.numbered("req_a"));
    assertTrue(server.awaitRequests(1, WAIT));
    assertTrue(awaitSenderInThrottle(client), "the sender of req_a waits before its retry");
    client.track(RequestCreated.numbered("req_b"));
    FlushResult closed = client.close(Duration.ofSeconds(20));
    assertTrue(closed.completed(), closed.stats().toString());
    assertEquals(2, closed.stats().failed(), closed.stats().toString());
    assertEquals(1, server.requestCount(), "req_b was never sent while the collector asked to wait");
    assertEquals(2, listener.failed.size());
    assertTrue(
        listener.failed.stream().allMatch(f -> f.detail().contains("longer than the close deadline allows")),
        listener.failed::toString);
    assertEquals(List.of(), deliveryThreads());
  }

  @Test
  void flushWaitsForAnEarlierBatchThatFinishesAfterALaterOne() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    server.policy((n, body) -> body.contains("req_first") ? Reply.ok().heldUntil(release) : Reply.ok());
    try (TelemetryClient client = client(Configs.fast().batch(1, 1 << 20).maxInFlightRequests(2))) {
      client.track(RequestCreated.numbered("req_first"));
      assertTrue(server.awaitArrivals(1, WAIT));
      client.track(RequestCreated.numbered("req_second"));
      assertTrue(server.awaitAcceptedEvents(1, WAIT), "the later batch was delivered first");
      FlushResult early = client.flush(Duration.ofMillis(200));
      assertFalse(early.completed(), "the earlier batch is still in flight: " + early.stats());
      assertEquals(1, early.stats().delivered());
      assertEquals(1, early.stats().pending());
      release.countDown();
      FlushResult done = client.flush(WAIT);
      assertTrue(done.completed());
      assertEquals(2, done.stats().delivered());
    }
    assertEquals(List.of("req_second", "req_first"), requestIds(server.acceptedEvents()));
  }

  @Test
  void closeAtItsDeadlineWithRequestsInFlightAccountsForEveryEventOnce() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    server.policy((n, body) -> Reply.ok().heldUntil(release));
    TelemetryClient client =
        client(
            Configs.fast()
                .batch(10, 1 << 20)
                .queue(1_000, 1 << 20)
                .maxInFlightRequests(2)
                .timeouts(Duration.ofSeconds(2), HANG));
    try {
      for (int i = 0; i < 100; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(server.awaitConcurrentRequests(2, WAIT));
      long start = System.nanoTime();
      FlushResult closed = client.close(Duration.ofMillis(300));
      assertTrue(System.nanoTime() - start < HANG.toNanos() / 6, "close kept its deadline");
      DeliveryStats stats = closed.stats();
      assertEquals(100, stats.tracked(), stats::toString);
      assertEquals(0, stats.pending(), stats::toString);
      assertEquals(0, stats.delivered(), stats::toString);
      assertEquals(20, stats.failed(), "the two batches in flight failed: " + stats);
      assertEquals(80, stats.dropped(DropReason.CLOSED), "the rest was still queued: " + stats);
      assertTrue(stats.balanced(), stats::toString);
      assertEquals(20, listener.failed.size());
      assertTrue(listener.failed.stream().allMatch(f -> f.detail().contains("delivery was in progress")));
      assertEquals(80, listener.dropped.size());
      assertEquals(List.of(), deliveryThreads(), "no delivery or sender thread survives close");
    } finally {
      release.countDown();
    }
  }

  @Test
  void closeWithinItsDeadlineDeliversEverythingOnceAndStopsEverySender() {
    server.policy((n, body) -> n % 4 == 0 ? Reply.status(503) : Reply.ok());
    TelemetryClient client =
        client(Configs.fast().batch(7, 1 << 20).queue(10_000, 16 << 20).maxInFlightRequests(3));
    assertEquals(4, deliveryThreads().size(), "the loop and three senders");
    for (int i = 0; i < 1_000; i++) {
      client.track(RequestCreated.numbered("req_" + i));
    }
    FlushResult closed = client.close(WAIT);
    assertTrue(closed.completed(), closed.stats().toString());
    assertEquals(1_000, closed.stats().delivered(), closed.stats().toString());
    assertEquals(List.of(), deliveryThreads());
    List<String> accepted = requestIds(server.acceptedEvents());
    assertEquals(1_000, accepted.size(), "no event accepted twice");
    assertEquals(1_000, new HashSet<>(accepted).size(), "no event lost");
    assertEquals(1_000, listener.delivered.stream().map(EncodedEvent::uuid).distinct().count());
  }

  @Test
  void aSinkThatDoesNotAllowConcurrentSendsIsCalledByOneThreadAtATime() {
    SerialCheckingSink sink = new SerialCheckingSink();
    try (TelemetryClient client =
        TelemetryClient.create(Configs.fast().batch(1, 1 << 20).maxInFlightRequests(4).sink(sink).build())) {
      assertEquals(2, deliveryThreads().size(), "the loop and one sender");
      for (int i = 0; i < 50; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(client.flush(WAIT).completed());
      assertEquals(50, client.stats().delivered());
    }
    assertEquals(50, sink.calls.get());
    assertEquals(1, sink.mostAtOnce.get(), "send was never called concurrently");
  }

  /** Counts how many calls of {@code send} overlap; each call lingers a little to give them a chance. */
  private static final class SerialCheckingSink implements Sink {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger inSend = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    @Override
    public SendOutcome send(List<EncodedEvent> batch) {
      calls.incrementAndGet();
      mostAtOnce.accumulateAndGet(inSend.incrementAndGet(), Math::max);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      inSend.decrementAndGet();
      return SendOutcome.delivered();
    }
  }

  // Whether one of the client's sender threads is waiting in the throttle (a backoff or a
  // Retry-After), which it enters only after it has read the reply.
  private boolean awaitSenderInThrottle(TelemetryClient client) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() - deadline < 0) {
      for (Thread thread : deliveryThreads()) {
        boolean throttled =
            Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().endsWith(".delivery.Throttle"));
        if (thread.getName().contains("-sender-") && throttled) {
          return true;
        }
      }
      Thread.onSpinWait();
      Thread.yield();
    }
    return false;
  }

  private List<Thread> deliveryThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !threadsBefore.contains(t))
        .filter(t -> t.getName().startsWith(TelemetryClient.THREAD_NAME_PREFIX) && t.isAlive())
        .collect(Collectors.toList());
  }

  private static List<String> requestIds(List<Map<String, Object>> events) {
    return events.stream()
        .map(e -> (String) ((Map<?, ?>) e.get("properties")).get("request_id"))
        .collect(Collectors.toList());
  }
}
