package dev.telemetry.runtime.internal.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.OverflowPolicy;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.Padded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Six producers offer into a small queue while one consumer takes batches, a flusher puts marks
 * and waits for them, and the consumer closes the queue while the producers are still offering.
 * Every event must end exactly once (taken, evicted, drained at close, or refused), in each
 * producer's order, every mark must only be done once all that was accepted before it has left,
 * and the count must never pass its bound by more than the reservations in flight.
 */
class EventQueueStressTest {
  private static final int PRODUCERS = 6;
  private static final int PER_PRODUCER = 20_000;
  private static final int MAX_EVENTS = 64;
  private static final int AFTER_CLOSE_FROM = PER_PRODUCER * 3 / 4;
  private static final EventEncoder ENCODER = new EventEncoder(Configs.fixture().build());

  private final Set<Integer> taken = ConcurrentHashMap.newKeySet();
  private final Set<Integer> evicted = ConcurrentHashMap.newKeySet();
  private final Set<Integer> refused = ConcurrentHashMap.newKeySet();
  private final Set<Integer> offeredAfterClose = ConcurrentHashMap.newKeySet();
  private final Set<Integer> refusedAsClosed = ConcurrentHashMap.newKeySet();
  private final Set<Integer> drained = ConcurrentHashMap.newKeySet();
  private final Set<Integer> mustHaveBeenEvicted = ConcurrentHashMap.newKeySet();
  // Events are compared by identity: evicted and drained ones are never encoded by the test.
  private final Map<QueuedEvent, Integer> ids = new ConcurrentHashMap<>();
  private final AtomicReference<String> problem = new AtomicReference<>();
  private final AtomicLong consumerDone = new AtomicLong();
  private final AtomicInteger[] acceptedSoFar = new AtomicInteger[PRODUCERS];
  private final int[][] acceptedIds = new int[PRODUCERS][PER_PRODUCER];

  @ParameterizedTest
  @EnumSource(OverflowPolicy.class)
  void everyEventEndsExactlyOnceInOrder(OverflowPolicy policy) throws InterruptedException {
    int size = ENCODER.encode(Padded.Writer.INSTANCE, Padded.of("0", 10), null).size();
    EventQueue queue = new EventQueue(MAX_EVENTS, 48L * size, policy, 16, 12L * size);
    SizeEstimate estimate = new SizeEstimate();
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger offered = new AtomicInteger();
    // Producers wait here after three quarters of their offers, so that the last quarter is offered
    // after the close however the threads are scheduled.
    CountDownLatch closed = new CountDownLatch(1);
    AtomicBoolean producing = new AtomicBoolean(true);

    List<Thread> producers = new ArrayList<>();
    for (int p = 0; p < PRODUCERS; p++) {
      int producer = p;
      acceptedSoFar[p] = new AtomicInteger();
      producers.add(
          new Thread(
              () -> {
                await(start);
                for (int i = 0; i < PER_PRODUCER; i++) {
                  int id = producer * PER_PRODUCER + i;
                  if (i == AFTER_CLOSE_FROM) {
                    await(closed);
                  }
                  if (i >= AFTER_CLOSE_FROM) {
                    offeredAfterClose.add(id);
                  }
                  Padded event = Padded.of(Integer.toString(id), 10 + id % 50);
                  QueuedEvent queued =
                      id % 2 == 0
                          ? QueuedEvent.encoded(ENCODER.encode(Padded.Writer.INSTANCE, event, null))
                          : QueuedEvent.deferred(
                              ENCODER, Padded.Writer.INSTANCE, event, null, 1L, 2L, Instant.EPOCH, estimate);
                  ids.put(queued, id);
                  EventQueue.Offer offer = queue.offer(queued);
                  offer.evicted().forEach(e -> evicted.add(ids.get(e)));
                  if (offer.accepted()) {
                    acceptedIds[producer][acceptedSoFar[producer].get()] = id;
                    acceptedSoFar[producer].incrementAndGet();
                  } else {
                    refused.add(id);
                    if (offer.closed()) {
                      refusedAsClosed.add(id);
                    }
                  }
                  offered.incrementAndGet();
                }
              }));
    }

    Thread consumer =
        new Thread(
            () -> {
              await(start);
              int[] lastTaken = new int[PRODUCERS];
              Arrays.fill(lastTaken, -1);
              while (offered.get() < PRODUCERS * PER_PRODUCER * 2 / 3) {
                EventQueue.Batch batch = queue.take();
                for (EncodedEvent event : batch.events()) {
                  int id = idOf(event);
                  int producer = id / PER_PRODUCER;
                  if (id <= lastTaken[producer] || !taken.add(id)) {
                    problem.compareAndSet(null, "taken out of order or twice: " + id);
                  }
                  lastTaken[producer] = id;
                }
                if (!batch.rejected().isEmpty()) {
                  problem.compareAndSet(null, "rejected: " + batch.rejected());
                }
                if (queue.size() > MAX_EVENTS + PRODUCERS) {
                  problem.compareAndSet(null, "count past its bound: " + queue.size());
                }
                consumerDone.set(batch.isEmpty() ? queue.settled() : batch.through());
                if (batch.isEmpty()) {
                  awaitWork(queue);
                }
              }
              for (QueuedEvent rest : queue.closeAndDrain()) {
                drained.add(ids.get(rest));
              }
              closed.countDown();
              consumerDone.set(Long.MAX_VALUE);
            });

    Thread flusher =
        new Thread(
            () -> {
              await(start);
              while (producing.get()) {
                int[] before = new int[PRODUCERS];
                for (int p = 0; p < PRODUCERS; p++) {
                  before[p] = acceptedSoFar[p].get();
                }
                EventQueue.Mark mark = queue.mark();
                while (consumerDone.get() != Long.MAX_VALUE
                    && (mark.position() < 0 || consumerDone.get() < mark.position())) {
                  Thread.onSpinWait();
                }
                if (consumerDone.get() == Long.MAX_VALUE) {
                  return;
                }
                for (int p = 0; p < PRODUCERS; p++) {
                  for (int i = 0; i < before[p]; i++) {
                    if (!taken.contains(acceptedIds[p][i])) {
                      mustHaveBeenEvicted.add(acceptedIds[p][i]);
                    }
                  }
                }
              }
            });

    producers.forEach(Thread::start);
    consumer.start();
    flusher.start();
    start.countDown();
    for (Thread producer : producers) {
      producer.join();
    }
    producing.set(false);
    consumer.join();
    flusher.join();

    assertEquals(null, problem.get());
    Set<Integer> accepted = new HashSet<>();
    for (int p = 0; p < PRODUCERS; p++) {
      for (int i = 0; i < acceptedSoFar[p].get(); i++) {
        accepted.add(acceptedIds[p][i]);
      }
    }
    assertEquals(PRODUCERS * PER_PRODUCER, accepted.size() + refused.size(), "every event accepted or refused");
    assertEquals(PRODUCERS * (PER_PRODUCER - AFTER_CLOSE_FROM), offeredAfterClose.size());
    assertTrue(refusedAsClosed.containsAll(offeredAfterClose), "every offer after the close was refused as closed");
    Set<Integer> ended = new HashSet<>(taken);
    ended.addAll(evicted);
    ended.addAll(drained);
    assertEquals(taken.size() + evicted.size() + drained.size(), ended.size(), "no event ended twice");
    Set<Integer> lost = new HashSet<>(accepted);
    lost.removeAll(ended);
    Set<Integer> neverAccepted = new HashSet<>(ended);
    neverAccepted.removeAll(accepted);
    assertEquals(Set.of(), lost, "accepted events neither taken, evicted nor drained");
    assertEquals(Set.of(), neverAccepted, "events that ended without being accepted");
    assertTrue(evicted.containsAll(mustHaveBeenEvicted), "a mark was done before an event accepted before it left");
    if (policy == OverflowPolicy.DROP_NEWEST) {
      assertTrue(evicted.isEmpty());
    }
    assertEquals(0, queue.size());
    assertEquals(0, queue.bytes());
  }

  private static int idOf(EncodedEvent event) {
    return Integer.parseInt(event.json().replaceAll(".*\"id\":\"([^\"]*)\".*", "$1"));
  }

  private static void awaitWork(EventQueue queue) {
    try {
      queue.awaitWork(System.nanoTime() + 1_000_000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
