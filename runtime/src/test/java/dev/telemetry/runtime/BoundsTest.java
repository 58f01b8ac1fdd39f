package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.fixtures.CollectingListener;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.Padded;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.CapturedRequest;
import dev.telemetry.runtime.testing.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** track never blocks; memory is bounded; batches are cut by count, bytes and interval. */
class BoundsTest {
  private static final Duration HANG = Duration.ofSeconds(30);

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
  void trackNeverWaitsForTheNetwork() throws InterruptedException {
    server.reply(Reply.ok().after(HANG));
    try (TelemetryClient client = client(Configs.fast().batch(1, 1 << 20).maxInFlightRequests(1).timeouts(Duration.ofSeconds(2), HANG))) {
      client.track(RequestCreated.numbered("req_first"));
      assertTrue(server.awaitArrivals(1, Duration.ofSeconds(10)), "the first batch is being sent");
      long start = System.nanoTime();
      for (int i = 0; i < 2_000; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      long took = System.nanoTime() - start;
      assertTrue(took < HANG.toNanos() / 6, "2000 tracks took " + took / 1_000_000 + " ms while the collector hung");
      assertEquals(2_001, client.stats().tracked());
      FlushResult closed = client.close(Duration.ofMillis(200));
      assertEquals(0, closed.stats().pending());
      assertTrue(closed.stats().balanced());
      assertEquals(1, closed.stats().failed(), "the hung batch failed at the close deadline");
      assertEquals(2_000, closed.stats().dropped(DropReason.CLOSED));
    }
  }

  @Test
  void aFullQueueDropsTheNewestAndReportsEachDrop() throws InterruptedException {
    server.reply(Reply.ok().after(HANG));
    try (TelemetryClient client =
        client(
            Configs.fast()
                .batch(1, 1 << 20)
                .maxInFlightRequests(1)
                .queue(10, 1 << 20)
                .timeouts(Duration.ofSeconds(2), HANG))) {
      client.track(RequestCreated.numbered("req_in_flight"));
      assertTrue(server.awaitArrivals(1, Duration.ofSeconds(10)));
      for (int i = 0; i < 15; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      DeliveryStats stats = client.stats();
      assertEquals(5, stats.dropped(DropReason.QUEUE_FULL));
      assertEquals(11, stats.pending());
      assertEquals(5, listener.dropped.size());
      assertTrue(listener.dropped.stream().allMatch(d -> d.reason() == DropReason.QUEUE_FULL));
      assertTrue(listener.dropped.get(0).detail().contains("queue is full"), listener.dropped.get(0).detail());
      client.close(Duration.ofMillis(100));
    }
  }

  @Test
  void theQueueIsBoundedByBytes() throws InterruptedException {
    int size = new EventEncoder(Configs.fixture().build()).encode(Padded.Writer.INSTANCE, Padded.of("p0", 1000), null).size();
    server.reply(Reply.ok().after(HANG));
    try (TelemetryClient client =
        client(
            Configs.fast()
                .batch(1, 1 << 20)
                .maxInFlightRequests(1)
                .queue(1000, 3L * size)
                .maxEventBytes(2 * size)
                .timeouts(Duration.ofSeconds(2), HANG))) {
      client.track(Padded.of("in_flight", 1000));
      assertTrue(server.awaitArrivals(1, Duration.ofSeconds(10)));
      for (int i = 0; i < 5; i++) {
        client.track(Padded.of("p" + i, 1000));
      }
      assertEquals(2, client.stats().dropped(DropReason.QUEUE_FULL));
      assertEquals(4, client.stats().pending());
      client.close(Duration.ofMillis(100));
    }
  }

  @Test
  void dropOldestKeepsTheNewest() throws InterruptedException {
    // Held until the five are tracked: a timed delay raced them on a loaded machine.
    CountDownLatch release = new CountDownLatch(1);
    server.reply(Reply.ok().heldUntil(release));
    try (TelemetryClient client =
        client(
            Configs.fast()
                .batch(1, 1 << 20)
                .maxInFlightRequests(1)
                .queue(3, 1 << 20)
                .overflowPolicy(OverflowPolicy.DROP_OLDEST))) {
      client.track(RequestCreated.numbered("req_in_flight"));
      assertTrue(server.awaitArrivals(1, Duration.ofSeconds(10)));
      for (String id : List.of("req_a", "req_b", "req_c", "req_d", "req_e")) {
        client.track(RequestCreated.numbered(id));
      }
      release.countDown();
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(2, client.stats().dropped(DropReason.QUEUE_FULL));
    }
    List<Object> delivered = server.acceptedEvents().stream()
        .map(e -> ((java.util.Map<?, ?>) e.get("properties")).get("request_id"))
        .collect(Collectors.toList());
    assertEquals(List.of("req_in_flight", "req_c", "req_d", "req_e"), delivered);
  }

  @Test
  void anEventOverThePerEventLimitIsDroppedAtTrack() {
    try (TelemetryClient client = client(Configs.fast().maxEventBytes(1000))) {
      client.track(Padded.of("big", 5000));
      assertTrue(client.flush(Duration.ofSeconds(5)).completed());
      assertEquals(1, client.stats().dropped(DropReason.EVENT_TOO_LARGE));
    }
    assertEquals(0, server.requestCount());
    assertEquals(DropReason.EVENT_TOO_LARGE, listener.dropped.get(0).reason());
  }

  @Test
  void batchesAreCutByCount() {
    try (TelemetryClient client = client(Configs.fast().batch(5, 1 << 20))) {
      for (int i = 0; i < 12; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(awaitQuietly(2));
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    assertEquals(List.of(5, 5, 2), sizes(server.requests()));
  }

  @Test
  void batchesAreCutByBytes() {
    int size = new EventEncoder(Configs.fixture().build()).encode(Padded.Writer.INSTANCE, Padded.of("p0", 1000), null).size();
    try (TelemetryClient client = client(Configs.fast().batch(100, 2 * size + 10).maxEventBytes(2 * size))) {
      for (int i = 0; i < 5; i++) {
        client.track(Padded.of("p" + i, 1000));
      }
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    assertEquals(List.of(2, 2, 1), sizes(server.requests()));
  }

  @Test
  void batchesAreCutByInterval() throws InterruptedException {
    try (TelemetryClient client = client(Configs.fast().flushInterval(Duration.ofMillis(50)))) {
      client.track(RequestCreated.example());
      assertTrue(server.awaitAcceptedEvents(1, Duration.ofSeconds(10)), "sent without a flush");
    }
  }

  private boolean awaitQuietly(int requests) {
    try {
      return server.awaitRequests(requests, Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // Largest first: with two requests in flight, they may arrive in either order.
  private static List<Integer> sizes(List<CapturedRequest> requests) {
    return requests.stream()
        .map(r -> r.events().size())
        .sorted(java.util.Comparator.reverseOrder())
        .collect(Collectors.toList());
  }
}
