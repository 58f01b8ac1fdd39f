package dev.telemetry.runtime.internal.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.OverflowPolicy;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.Padded;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The queue, driven by one thread through random offers (encoded or still to encode, of random
 * sizes), takes, flush marks and a close, behaves like a plain list model of its documented rules:
 * the same decisions, batches, evictions, counts, bytes and mark positions after every step.
 */
class EventQueuePropertiesTest {
  private static final EventEncoder ENCODER = new EventEncoder(Configs.fixture().build());

  /** One step. */
  sealed interface Op permits Offer, Take, PutMark, Close {}

  /** Offers an event of about {@code padding} bytes, encoded at once or later. */
  record Offer(boolean deferred, int padding) implements Op {}

  /** Takes a batch. */
  record Take() implements Op {}

  /** Puts a flush mark. */
  record PutMark() implements Op {}

  /** Closes and drains. */
  record Close() implements Op {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> offer =
        Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 1500)).as(Offer::new);
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(8, offer),
            Tuple.of(3, Arbitraries.just(new Take())),
            Tuple.of(1, Arbitraries.just(new PutMark())),
            Tuple.of(1, Arbitraries.just(new Close())));
    return op.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 300)
  void behavesLikeTheListModel(
      @ForAll("ops") List<Op> ops,
      @ForAll @IntRange(min = 1, max = 6) int maxEvents,
      @ForAll @IntRange(min = 1, max = 5) int maxEventsInBytes,
      @ForAll OverflowPolicy policy,
      @ForAll @IntRange(min = 1, max = 4) int batchEvents,
      @ForAll @IntRange(min = 1, max = 3) int batchEventsInBytes) {
    long maxBytes = maxEventsInBytes * 1200L;
    long batchBytes = batchEventsInBytes * 1200L;
    EventQueue queue = new EventQueue(maxEvents, maxBytes, policy, batchEvents, batchBytes);
    Model model = new Model(maxEvents, maxBytes, policy, batchEvents, batchBytes);
    SizeEstimate estimate = new SizeEstimate();
    Map<Object, Integer> ids = new IdentityHashMap<>();
    List<EventQueue.Mark> marks = new ArrayList<>();
    int next = 0;
    for (Op op : ops) {
      if (op instanceof Offer) {
        Offer offer = (Offer) op;
        int id = next++;
        Padded event = Padded.of(Integer.toString(id), offer.padding());
        int real = ENCODER.encode(Padded.Writer.INSTANCE, event, null).size();
        QueuedEvent queued =
            offer.deferred()
                ? QueuedEvent.deferred(ENCODER, Padded.Writer.INSTANCE, event, null, 1L, 2L, Instant.EPOCH, estimate)
                : QueuedEvent.encoded(ENCODER.encode(Padded.Writer.INSTANCE, event, null));
        ids.put(queued, id);
        EventQueue.Offer result = queue.offer(queued);
        assertEquals(model.estimate(), estimate.bytes(), "the estimate is the largest size encoded later");
        Model.Outcome expected = model.offer(id, real, offer.deferred());
        assertEquals(expected.accepted(), result.accepted(), () -> "accepted " + id + " after " + ops);
        assertEquals(expected.closed(), result.closed());
        assertEquals(expected.evicted(), result.evicted().stream().map(ids::get).collect(Collectors.toList()));
      } else if (op instanceof Take) {
        EventQueue.Batch batch = queue.take();
        Model.Taken expected = model.take();
        assertEquals(expected.ids(), batch.events().stream().map(EventQueuePropertiesTest::id).collect(Collectors.toList()));
        assertTrue(batch.rejected().isEmpty());
        assertEquals(expected.through(), batch.through());
      } else if (op instanceof PutMark) {
        marks.add(queue.mark());
        model.mark();
      } else {
        List<Integer> drained = queue.closeAndDrain().stream().map(ids::get).collect(Collectors.toList());
        assertEquals(model.close(), drained);
      }
      assertEquals(model.count(), queue.size(), () -> "count after " + op);
      assertEquals(model.bytes(), queue.bytes(), () -> "bytes after " + op);
      assertTrue(queue.size() <= maxEvents);
      assertTrue(queue.bytes() <= maxBytes + model.carriedOvershoot(), () -> "bytes bound after " + op);
      assertEquals(model.markPositions(), marks.stream().map(EventQueue.Mark::position).collect(Collectors.toList()));
      assertEquals(model.marksWaiting(), queue.drainRequested());
    }
  }

  private static int id(EncodedEvent event) {
    return Integer.parseInt(event.json().replaceAll(".*\"id\":\"([^\"]*)\".*", "$1"));
  }

  /** The documented rules on a plain list. */
  private static final class Model {
    private final int maxEvents;
    private final long maxBytes;
    private final OverflowPolicy policy;
    private final int batchEvents;
    private final long batchBytes;
    private final Deque<Object> items = new ArrayDeque<>();
    private final List<long[]> marks = new ArrayList<>();
    private Item carried;
    private long polled;
    private boolean closed;
    private int largestEncodedLater;

    private static final class Item {
      final int id;
      final int real;
      final boolean deferred;
      final int estimated;
      long counted;

      Item(int id, int real, boolean deferred, int counted) {
        this.id = id;
        this.real = real;
        this.deferred = deferred;
        this.estimated = counted;
        this.counted = counted;
      }
    }

    record Outcome(boolean accepted, boolean closed, List<Integer> evicted) {}

    record Taken(List<Integer> ids, long through) {}

    Model(int maxEvents, long maxBytes, OverflowPolicy policy, int batchEvents, long batchBytes) {
      this.maxEvents = maxEvents;
      this.maxBytes = maxBytes;
      this.policy = policy;
      this.batchEvents = batchEvents;
      this.batchBytes = batchBytes;
    }

    int estimate() {
      return largestEncodedLater == 0 ? SizeEstimate.INITIAL_BYTES : largestEncodedLater;
    }

    Outcome offer(int id, int real, boolean deferred) {
      int counted = deferred ? estimate() : real;
      if (closed) {
        return new Outcome(false, true, List.of());
      }
      if (counted > maxBytes) {
        return new Outcome(false, false, List.of());
      }
      List<Integer> evicted = new ArrayList<>();
      if (count() + 1 > maxEvents || bytes() + counted > maxBytes) {
        if (policy == OverflowPolicy.DROP_NEWEST) {
          return new Outcome(false, false, List.of());
        }
        while (count() + 1 > maxEvents || bytes() + counted > maxBytes) {
          Item oldest = poll();
          if (oldest == null) {
            break;
          }
          evicted.add(oldest.id);
        }
      }
      items.addLast(new Item(id, real, deferred, counted));
      return new Outcome(true, false, evicted);
    }

    Taken take() {
      List<Integer> taken = new ArrayList<>();
      long size = 0;
      while (taken.size() < batchEvents) {
        Item next = poll();
        if (next == null) {
          break;
        }
        if (next.deferred) {
          largestEncodedLater = Math.max(largestEncodedLater, next.real);
        }
        if (!taken.isEmpty() && size + next.real > batchBytes) {
          next.counted = next.real;
          carried = next;
          break;
        }
        taken.add(next.id);
        size += next.real;
      }
      return new Taken(taken, carried == null ? polled : polled - 1);
    }

    void mark() {
      long[] mark = {-1};
      marks.add(mark);
      items.addLast(mark);
    }

    List<Integer> close() {
      closed = true;
      List<Integer> rest = new ArrayList<>();
      for (Item next = poll(); next != null; next = poll()) {
        rest.add(next.id);
      }
      return rest;
    }

    private Item poll() {
      if (carried != null) {
        Item item = carried;
        carried = null;
        return item;
      }
      while (!items.isEmpty()) {
        Object head = items.removeFirst();
        if (head instanceof long[]) {
          ((long[]) head)[0] = polled;
        } else {
          polled++;
          return (Item) head;
        }
      }
      return null;
    }

    int count() {
      int n = carried == null ? 0 : 1;
      for (Object item : items) {
        if (item instanceof Item) {
          n++;
        }
      }
      return n;
    }

    long bytes() {
      long sum = carried == null ? 0 : carried.counted;
      for (Object item : items) {
        if (item instanceof Item) {
          sum += ((Item) item).counted;
        }
      }
      return sum;
    }

    long carriedOvershoot() {
      return carried == null ? 0 : Math.max(0, carried.real - carried.estimated);
    }

    List<Long> markPositions() {
      return marks.stream().map(m -> m[0]).collect(Collectors.toList());
    }

    boolean marksWaiting() {
      return items.stream().anyMatch(item -> item instanceof long[]);
    }
  }
}
