package dev.telemetry.runtime.internal.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.OverflowPolicy;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.Padded;
import dev.telemetry.runtime.fixtures.RequestCreated;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventQueueTest {
  private final EventEncoder encoder = new EventEncoder(Configs.fixture().build());
  private final SizeEstimate estimate = new SizeEstimate();

  private QueuedEvent event(String id) {
    return QueuedEvent.encoded(encoder.encode(Padded.Writer.INSTANCE, Padded.of(id, 100), null));
  }

  private QueuedEvent deferred(String id) {
    return QueuedEvent.deferred(
        encoder, Padded.Writer.INSTANCE, Padded.of(id, 100), null, 1L, 2L, Instant.EPOCH, estimate);
  }

  private int size() {
    return encoder.encode(Padded.Writer.INSTANCE, Padded.of("a", 100), null).size();
  }

  @Test
  void dropNewestRefusesWhenFullByCount() {
    EventQueue queue = new EventQueue(2, 1_000_000, OverflowPolicy.DROP_NEWEST, 10, 1_000_000);
    assertTrue(queue.offer(event("a")).accepted());
    assertTrue(queue.offer(event("b")).accepted());
    EventQueue.Offer third = queue.offer(event("c"));
    assertFalse(third.accepted());
    assertTrue(third.evicted().isEmpty());
    assertEquals(2, queue.size());
  }

  @Test
  void boundedByBytes() {
    EventQueue queue = new EventQueue(100, 2L * size(), OverflowPolicy.DROP_NEWEST, 10, 1_000_000);
    assertTrue(queue.offer(event("a")).accepted());
    assertTrue(queue.offer(event("b")).accepted());
    assertFalse(queue.offer(event("c")).accepted());
    assertEquals(2L * size(), queue.bytes());
  }

  @Test
  void unencodedEventsCountAtTheirEstimateThenAtTheirRealSize() {
    EventQueue queue = new EventQueue(100, 1_000_000, OverflowPolicy.DROP_NEWEST, 1, 1_000_000);
    queue.offer(deferred("a"));
    assertEquals(SizeEstimate.INITIAL_BYTES, queue.bytes(), "nothing of the class was encoded yet");
    assertEquals(1, queue.take().events().size());
    assertEquals(0, queue.bytes());
    assertEquals(size(), estimate.bytes(), "the estimate learnt the real size");
    queue.offer(deferred("b"));
    assertEquals(size(), queue.bytes());
  }

  @Test
  void dropOldestEvictsTheOldest() {
    EventQueue queue = new EventQueue(2, 1_000_000, OverflowPolicy.DROP_OLDEST, 10, 1_000_000);
    QueuedEvent a = event("a");
    queue.offer(a);
    queue.offer(deferred("b"));
    EventQueue.Offer offer = queue.offer(event("c"));
    assertTrue(offer.accepted());
    assertEquals(List.of(a), offer.evicted());
    assertEquals(List.of("b", "c"), ids(queue.take().events()));
  }

  @Test
  void dropOldestEvictsByBytesAsManyAsNeeded() {
    EventQueue queue = new EventQueue(100, 3L * size(), OverflowPolicy.DROP_OLDEST, 10, 1_000_000);
    queue.offer(event("a"));
    queue.offer(event("b"));
    queue.offer(event("c"));
    QueuedEvent big = QueuedEvent.encoded(encoder.encode(Padded.Writer.INSTANCE, Padded.of("d", 100 + size()), null));
    EventQueue.Offer offer = queue.offer(big);
    assertTrue(offer.accepted());
    assertEquals(2, offer.evicted().size());
    assertEquals(List.of("c", "d"), ids(queue.take().events()));
  }

  @Test
  void takeRespectsBatchCountAndBytesAndKeepsTheEventThatDidNotFit() {
    EventQueue queue = new EventQueue(100, 1_000_000, OverflowPolicy.DROP_NEWEST, 3, 2L * size());
    for (String id : List.of("a", "b", "c", "d", "e")) {
      queue.offer(deferred(id));
    }
    assertTrue(queue.batchReady());
    EventQueue.Batch first = queue.take();
    assertEquals(List.of("a", "b"), ids(first.events()), "two events fill the byte limit");
    assertEquals(2, first.through());
    assertEquals(3, queue.size(), "c was encoded, did not fit, and stays first");
    assertEquals(size() + 2L * SizeEstimate.INITIAL_BYTES, queue.bytes(), "c at its real size, d and e estimated");
    assertEquals(List.of("c", "d"), ids(queue.take().events()));
    assertEquals(List.of("e"), ids(queue.take().events()));
    assertEquals(5, queue.settled());
  }

  @Test
  void anEventThatFailsToEncodeLeavesTheQueueAsARejection() {
    EventQueue queue = new EventQueue(100, 1_000_000, OverflowPolicy.DROP_NEWEST, 10, 1_000_000);
    queue.offer(deferred("a"));
    queue.offer(
        QueuedEvent.deferred(
            encoder, RequestCreated.Writer.INSTANCE, new RequestCreated("", "req_1", true, 1, 1), null,
            1L, 2L, Instant.EPOCH, new SizeEstimate()));
    queue.offer(deferred("c"));
    EventQueue.Batch batch = queue.take();
    assertEquals(List.of("a", "c"), ids(batch.events()));
    assertEquals(1, batch.rejected().size());
    EventQueue.Rejection rejection = batch.rejected().get(0);
    assertEquals("cf:request.created", rejection.eventName());
    assertEquals(DropReason.EMPTY_IDENTIFIER, rejection.reason());
    assertEquals(3, batch.through());
    assertEquals(0, queue.size());
    assertEquals(0, queue.bytes());
  }

  @Test
  void aMarkIsPassedWithTheNumberOfEventsBeforeIt() {
    EventQueue queue = new EventQueue(100, 1_000_000, OverflowPolicy.DROP_NEWEST, 1, 1_000_000);
    queue.offer(event("a"));
    queue.offer(event("b"));
    EventQueue.Mark mark = queue.mark();
    queue.offer(event("c"));
    assertTrue(queue.drainRequested());
    assertEquals(-1, mark.position());
    queue.take();
    queue.take();
    assertEquals(-1, mark.position(), "not passed until the consumer looks past b");
    queue.take();
    assertEquals(2, mark.position());
    assertFalse(queue.drainRequested());
  }

  @Test
  void closeDrainsAndRefusesLaterOffers() {
    EventQueue queue = new EventQueue(10, 1_000_000, OverflowPolicy.DROP_NEWEST, 10, 1_000_000);
    queue.offer(event("a"));
    queue.offer(deferred("b"));
    assertEquals(List.of("a", "b"), queue.closeAndDrain().stream().map(this::id).collect(Collectors.toList()));
    EventQueue.Offer late = queue.offer(event("c"));
    assertFalse(late.accepted());
    assertTrue(late.closed());
    assertTrue(queue.take().isEmpty());
    assertEquals(0, queue.size());
  }

  @Test
  void awaitWorkReturnsAtTheDeadlineOrWhenWoken() throws InterruptedException {
    EventQueue queue = new EventQueue(10, 1_000_000, OverflowPolicy.DROP_NEWEST, 10, 1_000_000);
    long start = System.nanoTime();
    queue.awaitWork(start + 20_000_000L);
    assertTrue(System.nanoTime() - start >= 20_000_000L);
    queue.wake();
    long woken = System.nanoTime();
    queue.awaitWork(woken + 60_000_000_000L);
    assertTrue(System.nanoTime() - woken < 30_000_000_000L, "a pending wake returns at once");
  }

  @Test
  void aProducerThatFillsABatchWakesTheSleepingConsumer() throws InterruptedException {
    EventQueue queue = new EventQueue(10, 1_000_000, OverflowPolicy.DROP_NEWEST, 2, 1_000_000);
    Thread producer =
        new Thread(
            () -> {
              queue.offer(event("a"));
              queue.offer(event("b"));
            });
    long start = System.nanoTime();
    producer.start();
    queue.awaitWork(start + 60_000_000_000L);
    assertTrue(System.nanoTime() - start < 30_000_000_000L, "woken by the full batch");
    producer.join();
    assertEquals(2, queue.take().events().size());
  }

  private String id(QueuedEvent event) {
    return id(event.encode());
  }

  private static String id(EncodedEvent event) {
    return event.json().replaceAll(".*\"id\":\"([^\"]*)\".*", "$1");
  }

  private static List<String> ids(List<EncodedEvent> events) {
    return events.stream().map(EventQueueTest::id).collect(Collectors.toList());
  }
}
