package dev.telemetry.runtime.internal.queue;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.OverflowPolicy;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncodingException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The events waiting to be sent, bounded both by count and by bytes, with many producers and one
 * consumer.
 *
 * <p>A producer takes no lock: it reserves its place with one atomic add on the count and one on
 * the bytes, links its event with one atomic exchange of the list's tail, and wakes the consumer
 * only when a full batch has just become ready while the consumer sleeps. A full queue applies its
 * overflow policy at once: {@link OverflowPolicy#DROP_NEWEST} refuses the event; {@link
 * OverflowPolicy#DROP_OLDEST} takes the consumer's lock (the only time a producer does) to evict
 * the oldest events until the new one fits.
 *
 * <p>Events encoded later are counted at their {@link SizeEstimate} until the consumer encodes
 * them, then at their real size. An event encoded for a batch it does not fit stays at the head of
 * the queue, at its real size, for the next batch; so the bytes may pass the bound by what that one
 * event weighs over its estimate, until it leaves. Events keep their places until the batch they
 * are taken into is complete.
 *
 * <p>A flush puts a {@link Mark} in the list: once the consumer passes it and has finished with
 * every event before it, everything queued before the flush is delivered, dropped or failed.
 */
public final class EventQueue {
  // Added to the count by close(): every later reservation sees it and is refused.
  private static final long CLOSED = 1L << 62;
  private static final VarHandle TAIL;

  static {
    try {
      TAIL = MethodHandles.lookup().findVarHandle(EventQueue.class, "tail", Node.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int maxEvents;
  private final long maxBytes;
  private final OverflowPolicy policy;
  private final int batchEvents;
  private final long batchBytes;

  /** Events reserved or queued (including one carried over), plus {@link #CLOSED} once closed. */
  private final AtomicLong count = new AtomicLong();
  /** Bytes counted for the events in {@link #count}. */
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicInteger marksQueued = new AtomicInteger();

  // Swapped through TAIL by producers.
  private volatile Node tail;

  // The consumer's side, guarded by consumerLock: the consumer and evicting producers poll here.
  private final ReentrantLock consumerLock = new ReentrantLock();
  private Node head;
  private QueuedEvent carried;
  private long polled;

  private volatile Thread consumer;
  private volatile boolean consumerParked;
  private final AtomicBoolean woken = new AtomicBoolean();

  /**
   * A queue that holds at most {@code maxEvents} events and {@code maxBytes} bytes, and considers a
   * batch ready at {@code batchEvents} events or {@code batchBytes} bytes.
   */
  public EventQueue(
      int maxEvents, long maxBytes, OverflowPolicy policy, int batchEvents, long batchBytes) {
    this.maxEvents = maxEvents;
    this.maxBytes = maxBytes;
    this.policy = policy;
    this.batchEvents = batchEvents;
    this.batchBytes = batchBytes;
    Node stub = new Mark();
    this.head = stub;
    this.tail = stub;
  }

  /**
   * What {@link #offer} did.
   *
   * @param accepted whether the offered event is now queued
   * @param evicted older events removed to make room (under {@link OverflowPolicy#DROP_OLDEST})
   * @param closed whether it was refused because the queue is closed (rather than full)
   */
  public record Offer(boolean accepted, List<QueuedEvent> evicted, boolean closed) {
    static final Offer ACCEPTED = new Offer(true, List.of(), false);
    static final Offer FULL = new Offer(false, List.of(), false);
    static final Offer CLOSED = new Offer(false, List.of(), true);
  }

  /**
   * An event dropped when the consumer encoded it.
   *
   * @param eventName the catalogue event name
   * @param reason why
   * @param detail a sentence a person can read, as if the event had been refused at {@code track}
   */
  public record Rejection(String eventName, DropReason reason, String detail) {}

  /**
   * A batch taken from the queue.
   *
   * @param events the encoded events, oldest first, within the batch limits
   * @param rejected the events dropped when they were encoded
   * @param through how many events have left the queue for good once this batch is finished (the
   *     consumer's progress, compared with {@link Mark#position()})
   */
  public record Batch(List<EncodedEvent> events, List<Rejection> rejected, long through) {
    /** Whether the batch took nothing at all. */
    public boolean isEmpty() {
      return events.isEmpty() && rejected.isEmpty();
    }
  }

  /**
   * A place in the queue: its position, once the consumer (or an eviction) has passed it, is the
   * number of events that left the queue before it.
   */
  public static final class Mark extends Node {
    private volatile long position = -1;

    Mark() {}

    /** The events that left the queue before this mark, or -1 while it is still queued. */
    public long position() {
      return position;
    }
  }

  /** Queues an event unless the queue is closed or full under the overflow policy; never waits. */
  public Offer offer(QueuedEvent event) {
    long size = event.countedBytes;
    if (size > maxBytes) {
      return count.get() >= CLOSED ? Offer.CLOSED : Offer.FULL;
    }
    long events = count.incrementAndGet();
    if (events >= CLOSED) {
      count.decrementAndGet();
      return Offer.CLOSED;
    }
    long queuedBytes = bytes.addAndGet(size);
    List<QueuedEvent> evicted = List.of();
    if (events > maxEvents || queuedBytes > maxBytes) {
      if (policy == OverflowPolicy.DROP_OLDEST) {
        evicted = evictUntilRoom();
      }
      if (queued(count.get()) > maxEvents || bytes.get() > maxBytes) {
        count.decrementAndGet();
        bytes.addAndGet(-size);
        return evicted.isEmpty() ? Offer.FULL : new Offer(false, evicted, false);
      }
    }
    append(event);
    if (consumerParked && (events >= batchEvents || queuedBytes >= batchBytes)) {
      wakeConsumer();
    }
    return evicted.isEmpty() ? Offer.ACCEPTED : new Offer(true, evicted, false);
  }

  /**
   * Puts a mark after everything queued so far (and before anything queued later); the consumer
   * drains the queue up to it without waiting for a full batch.
   */
  public Mark mark() {
    Mark mark = new Mark();
    marksQueued.incrementAndGet();
    append(mark);
    return mark;
  }

  /** Whether a mark is waiting: the consumer should take batches, full or not. */
  public boolean drainRequested() {
    return marksQueued.get() > 0;
  }

  /** Whether a full batch (by count or by bytes) is waiting. */
  public boolean batchReady() {
    return queued(count.get()) >= batchEvents || bytes.get() >= batchBytes;
  }

  /** How many events are queued (or being queued). */
  public int size() {
    return (int) (queued(count.get()));
  }

  /** The bytes counted for the queued events (estimated for those not encoded yet). */
  public long bytes() {
    return bytes.get();
  }

  /**
   * How many events have left the queue for good (into a batch or dropped), for a consumer that
   * has no batch in progress.
   */
  public long settled() {
    consumerLock.lock();
    try {
      return carried == null ? polled : polled - 1;
    } finally {
      consumerLock.unlock();
    }
  }

  /**
   * Waits until a full batch is ready, a mark is queued, {@link #wake()} is called, or {@code
   * deadlineNanos} (on the {@link System#nanoTime()} scale) passes. Only the consumer calls it.
   */
  public void awaitWork(long deadlineNanos) throws InterruptedException {
    consumer = Thread.currentThread();
    try {
      while (true) {
        // Published before the checks: a producer that makes a batch ready after them sees it and
        // wakes us.
        consumerParked = true;
        long left = deadlineNanos - System.nanoTime();
        if (woken.get() || batchReady() || drainRequested() || left <= 0) {
          return;
        }
        LockSupport.parkNanos(this, left);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
    } finally {
      consumerParked = false;
      woken.set(false);
    }
  }

  /** Makes the consumer re-examine the queue now (a flush or close was asked for). */
  public void wake() {
    woken.set(true);
    wakeConsumer();
  }

  /**
   * Takes the oldest events up to the batch limits, encoding those not encoded yet; an event that
   * fails to encode is reported in {@link Batch#rejected()} and leaves the queue. An event encoded
   * that does not fit the batch's bytes stays first in the queue. Only the consumer calls it.
   */
  public Batch take() {
    List<EncodedEvent> events = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>(0);
    long batchSize = 0;
    // Places are freed once per batch, not per event: fewer writes to what producers write.
    int left = 0;
    long leftBytes = 0;
    try {
      while (events.size() < batchEvents) {
        QueuedEvent next = pollUnderLock();
        if (next == null) {
          break;
        }
        EncodedEvent encoded;
        try {
          encoded = next.encode();
        } catch (EventEncodingException e) {
          rejected.add(new Rejection(next.name(), e.reason(), e.getMessage()));
          encoded = null;
        } catch (Throwable e) {
          // Whatever a writer throws (even an error) drops its event only: the loop and the
          // accounting of the rest must go on.
          rejected.add(new Rejection(next.name(), DropReason.INVALID_EVENT, "tracking failed: " + e));
          encoded = null;
        }
        if (encoded != null && !events.isEmpty() && batchSize + encoded.size() > batchBytes) {
          carryOver(next, encoded.size());
          break;
        }
        left++;
        leftBytes += next.countedBytes;
        if (encoded != null) {
          events.add(encoded);
          batchSize += encoded.size();
        }
      }
    } finally {
      if (left > 0) {
        count.addAndGet(-left);
        bytes.addAndGet(-leftBytes);
      }
    }
    return new Batch(events, rejected, settled());
  }

  /**
   * Refuses every later offer, and returns what was still queued (oldest first), waiting for
   * producers that reserved their place before the close to finish linking their events.
   */
  public List<QueuedEvent> closeAndDrain() {
    if (count.get() < CLOSED) {
      count.addAndGet(CLOSED);
    }
    List<QueuedEvent> rest = new ArrayList<>();
    while (true) {
      // The lock is let go between rounds: a producer evicting under DROP_OLDEST needs it to finish.
      consumerLock.lock();
      try {
        for (QueuedEvent next = poll(); next != null; next = poll()) {
          release(next);
          rest.add(next);
        }
        if (count.get() == CLOSED) {
          return rest;
        }
      } finally {
        consumerLock.unlock();
      }
      Thread.yield();
    }
  }

  // The events counted, without the closed flag.
  private static long queued(long count) {
    return count >= CLOSED ? count - CLOSED : count;
  }

  private void append(Node node) {
    Node previous = (Node) TAIL.getAndSet(this, node);
    previous.link(node);
  }

  private void wakeConsumer() {
    Thread thread = consumer;
    if (thread != null) {
      consumerParked = false;
      LockSupport.unpark(thread);
    }
  }

  private QueuedEvent pollUnderLock() {
    consumerLock.lock();
    try {
      return poll();
    } finally {
      consumerLock.unlock();
    }
  }

  /**
   * The oldest event (the one carried over first), passing the marks before it, or null when no
   * event is linked; its place stays counted until {@link #release}. Holds consumerLock.
   */
  private QueuedEvent poll() {
    if (carried != null) {
      QueuedEvent event = carried;
      carried = null;
      return event;
    }
    while (true) {
      Node next = head.next();
      if (next == null) {
        if (head == tail) {
          return null;
        }
        // A producer has swapped the tail but not yet linked its node: a few instructions away,
        // unless it lost its core in between, so the core is offered to it.
        Thread.yield();
        continue;
      }
      head = next;
      if (next instanceof Mark) {
        ((Mark) next).position = polled;
        marksQueued.decrementAndGet();
      } else {
        polled++;
        return (QueuedEvent) next;
      }
    }
  }

  /** Frees the place of an event that left the queue. */
  private void release(QueuedEvent event) {
    count.decrementAndGet();
    bytes.addAndGet(-event.countedBytes);
  }

  /** Puts an event encoded for a batch it does not fit back first, at its real size. */
  private void carryOver(QueuedEvent event, int size) {
    bytes.addAndGet(size - event.countedBytes);
    event.countedBytes = size;
    consumerLock.lock();
    try {
      carried = event;
    } finally {
      consumerLock.unlock();
    }
  }

  /**
   * Under {@link OverflowPolicy#DROP_OLDEST}: evicts the oldest events until the count and the
   * bytes (which include the caller's reservation) are within bounds, or nothing is left to evict
   * (the rest is being linked or encoded).
   */
  private List<QueuedEvent> evictUntilRoom() {
    List<QueuedEvent> evicted = new ArrayList<>();
    consumerLock.lock();
    try {
      while (queued(count.get()) > maxEvents || bytes.get() > maxBytes) {
        QueuedEvent oldest = poll();
        if (oldest == null) {
          break;
        }
        release(oldest);
        evicted.add(oldest);
      }
    } finally {
      consumerLock.unlock();
    }
    return evicted;
  }
}
