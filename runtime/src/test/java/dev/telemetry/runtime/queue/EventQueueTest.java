package dev.telemetry.runtime.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.OverflowPolicy;
import dev.telemetry.runtime.encode.EncodedEvent;
import dev.telemetry.runtime.encode.EventEncoder;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.Padded;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventQueueTest {
  private final EventEncoder encoder = new EventEncoder(Configs.fixture().build());

  private EncodedEvent event(String id) {
    return encoder.encode(Padded.Writer.INSTANCE, Padded.of(id, 100), null);
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
    int size = event("a").size();
    EventQueue queue = new EventQueue(100, 2L * size, OverflowPolicy.DROP_NEWEST, 10, 1_000_000);
    assertTrue(queue.offer(event("a")).accepted());
    assertTrue(queue.offer(event("b")).accepted());
    assertFalse(queue.offer(event("c")).accepted());
  }

  @Test
  void dropOldestEvictsTheOldest() {
    EventQueue queue = new EventQueue(2, 1_000_000, OverflowPolicy.DROP_OLDEST, 10, 1_000_000);
    EncodedEvent a = event("a");
    queue.offer(a);
    queue.offer(event("b"));
    EventQueue.Offer offer = queue.offer(event("c"));
    assertTrue(offer.accepted());
    assertEquals(List.of(a), offer.evicted());
    assertEquals(List.of("b", "c"), ids(queue.take().events()));
  }

  @Test
  void takeRespectsBatchCountAndBytesAndNumbersInOrder() {
    int size = event("a").size();
    EventQueue queue = new EventQueue(100, 1_000_000, OverflowPolicy.DROP_NEWEST, 3, 2L * size);
    for (String id : List.of("a", "b", "c", "d", "e")) {
      queue.offer(event(id));
    }
    assertTrue(queue.batchReady());
    EventQueue.Batch first = queue.take();
    assertEquals(List.of("a", "b"), ids(first.events()), "two events fill the byte limit");
    assertEquals(2, first.lastSeq());
    assertEquals(3, queue.headSeq());
    assertEquals(5, queue.lastSeq());
  }

  @Test
  void closeDrainsAndRefusesLaterOffers() {
    EventQueue queue = new EventQueue(10, 1_000_000, OverflowPolicy.DROP_NEWEST, 10, 1_000_000);
    queue.offer(event("a"));
    assertEquals(List.of("a"), ids(queue.closeAndDrain()));
    assertFalse(queue.offer(event("b")).accepted());
    assertNull(queue.take());
    assertEquals(Long.MAX_VALUE, queue.headSeq());
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

  private static List<String> ids(List<EncodedEvent> events) {
    return events.stream()
        .map(e -> e.json().replaceAll(".*\"id\":\"([^\"]*)\".*", "$1"))
        .collect(Collectors.toList());
  }
}
