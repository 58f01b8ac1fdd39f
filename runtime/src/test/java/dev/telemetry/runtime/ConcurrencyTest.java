package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Eight threads tracking at once, with the accounting checked on every snapshot taken meanwhile. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 5_000;

  private final CaptureServer server = CaptureServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void accountingAddsUpAtEveryMomentUnderContention() throws Exception {
    server.policy((n, body) -> n % 3 == 0 ? Reply.status(503) : Reply.ok());
    try (TelemetryClient client =
        TelemetryClient.create(Configs.fast().endpoint(server.uri()).batch(50, 1 << 20).queue(2_000, 1 << 24).build())) {
      CountDownLatch start = new CountDownLatch(1);
      AtomicBoolean tracking = new AtomicBoolean(true);
      AtomicReference<DeliveryStats> unbalanced = new AtomicReference<>();
      Thread sampler =
          new Thread(
              () -> {
                while (tracking.get()) {
                  DeliveryStats stats = client.stats();
                  if (!stats.balanced() || stats.pending() < 0) {
                    unbalanced.compareAndSet(null, stats);
                  }
                }
              });
      List<Thread> producers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        producers.add(
            new Thread(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  for (int i = 0; i < PER_THREAD; i++) {
                    client.track(RequestCreated.numbered("req_" + thread + "_" + i));
                  }
                }));
      }
      sampler.start();
      producers.forEach(Thread::start);
      start.countDown();
      for (Thread producer : producers) {
        producer.join();
      }
      assertTrue(client.flush(Duration.ofSeconds(30)).completed());
      tracking.set(false);
      sampler.join();

      assertNull(unbalanced.get(), () -> "unbalanced snapshot: " + unbalanced.get());
      DeliveryStats stats = client.stats();
      assertEquals(THREADS * PER_THREAD, stats.tracked());
      assertEquals(0, stats.pending());
      assertEquals(0, stats.failed());
      assertEquals(stats.tracked(), stats.delivered() + stats.dropped(DropReason.QUEUE_FULL));
      assertEquals(stats.delivered(), server.acceptedEvents().stream().map(e -> e.get("uuid")).distinct().count());
    }
  }
}
