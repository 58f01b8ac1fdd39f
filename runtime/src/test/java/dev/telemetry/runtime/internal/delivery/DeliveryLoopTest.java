package dev.telemetry.runtime.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.OverflowPolicy;
import dev.telemetry.runtime.TelemetryListener;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.internal.queue.EventQueue;
import dev.telemetry.runtime.internal.queue.QueuedEvent;
import dev.telemetry.runtime.internal.queue.SizeEstimate;
import dev.telemetry.runtime.sink.RecordingSink;
import dev.telemetry.runtime.sink.SendOutcome;
import dev.telemetry.runtime.sink.Sink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The delivery loop against a close that arrives at any point of its pass over the queue. */
class DeliveryLoopTest {
  private static final int ROUNDS = 2_000;

  @Test
  void closeDeliversWhatIsQueuedWhereverTheLoopIs() throws InterruptedException {
    EventEncoder encoder = new EventEncoder(Configs.fixture().build());
    EncodedEvent encoded = encoder.encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null);
    SizeEstimate estimate = new SizeEstimate();
    // The interleaving cannot be forced from outside, so it is tried many times: a fresh loop's
    // first pass runs while this thread queues and closes.
    for (int round = 0; round < ROUNDS; round++) {
      EventQueue queue = new EventQueue(100, 1 << 20, OverflowPolicy.DROP_NEWEST, 100, 1 << 20);
      Accounting accounting = new Accounting(TelemetryListener.NONE);
      // Every other pair of rounds with two senders.
      DeliveryLoop loop =
          new DeliveryLoop(
              queue,
              round / 2 % 2 == 0 ? new RecordingSink() : twoAtOnce(new RecordingSink()),
              accounting,
              new Backoff(Duration.ofMillis(1), Duration.ofMillis(5)),
              Duration.ofHours(1),
              Duration.ofSeconds(10),
              null,
              100,
              1 << 20);
      Thread thread = loop.start("delivery-loop-test");
      accounting.tracked();
      // Every other round the event waits to be encoded by the loop itself.
      queue.offer(
          round % 2 == 0
              ? QueuedEvent.encoded(encoded)
              : QueuedEvent.deferred(
                  encoder, RequestCreated.Writer.INSTANCE, RequestCreated.example(), null,
                  encoded.uuid().getMostSignificantBits(), encoded.uuid().getLeastSignificantBits(),
                  Configs.FIXTURE_TIME, estimate));
      loop.close(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
      thread.join(TimeUnit.SECONDS.toMillis(10));
      assertFalse(thread.isAlive(), "round " + round + ": the loop missed the close and kept waiting");
      DeliveryStats stats = accounting.snapshot();
      assertEquals(1, stats.delivered(), "round " + round + ": " + stats);
    }
  }

  // RecordingSink is thread-safe; this one says so.
  private static Sink twoAtOnce(RecordingSink recording) {
    return new Sink() {
      @Override
      public SendOutcome send(List<EncodedEvent> batch) {
        return recording.send(batch);
      }

      @Override
      public int maxConcurrentSends() {
        return 2;
      }
    };
  }
}
