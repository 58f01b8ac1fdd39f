package dev.telemetry.runtime.queue;

import dev.telemetry.runtime.OverflowPolicy;
import dev.telemetry.runtime.encode.EncodedEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The events waiting to be sent, bounded both by count and by bytes. Producers never wait: a full
 * queue applies its overflow policy at once. Every accepted event gets a sequence number, in queue
 * order, so that a flush can wait for "everything up to here". The single consumer takes batches
 * and may wait for a full batch, a deadline or a {@link #wake()}.
 */
public final class EventQueue {
  private final int maxEvents;
  private final long maxBytes;
  private final OverflowPolicy policy;
  private final int batchEvents;
  private final long batchBytes;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition work = lock.newCondition();
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private long bytes;
  private long lastSeq;
  private boolean woken;
  private boolean closed;

  private static final class Entry {
    final EncodedEvent event;
    final long seq;

    Entry(EncodedEvent event, long seq) {
      this.event = event;
      this.seq = seq;
    }
  }

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
  }

  /**
   * What {@link #offer} did.
   *
   * @param accepted whether the offered event is now queued
   * @param evicted older events removed to make room (under {@link OverflowPolicy#DROP_OLDEST})
   * @param closed whether it was refused because the queue is closed (rather than full)
   */
  public record Offer(boolean accepted, List<EncodedEvent> evicted, boolean closed) {
    static final Offer ACCEPTED = new Offer(true, List.of(), false);
    static final Offer FULL = new Offer(false, List.of(), false);
    static final Offer CLOSED = new Offer(false, List.of(), true);
  }

  /**
   * A batch taken from the queue.
   *
   * @param events the events, oldest first
   * @param lastSeq the sequence number of the last one
   */
  public record Batch(List<EncodedEvent> events, long lastSeq) {}

  /** Queues an event unless the queue is closed or full under the overflow policy; never waits. */
  public Offer offer(EncodedEvent event) {
    lock.lock();
    try {
      if (closed) {
        return Offer.CLOSED;
      }
      if (event.size() > maxBytes) {
        return Offer.FULL;
      }
      List<EncodedEvent> evicted = List.of();
      if (entries.size() >= maxEvents || bytes + event.size() > maxBytes) {
        if (policy == OverflowPolicy.DROP_NEWEST) {
          return Offer.FULL;
        }
        evicted = new ArrayList<>();
        while (entries.size() >= maxEvents || bytes + event.size() > maxBytes) {
          Entry oldest = entries.removeFirst();
          bytes -= oldest.event.size();
          evicted.add(oldest.event);
        }
      }
      entries.addLast(new Entry(event, ++lastSeq));
      bytes += event.size();
      if (batchReady()) {
        work.signal();
      }
      return evicted.isEmpty() ? Offer.ACCEPTED : new Offer(true, evicted, false);
    } finally {
      lock.unlock();
    }
  }

  /** The sequence number of the last accepted event (0 before any). */
  public long lastSeq() {
    lock.lock();
    try {
      return lastSeq;
    } finally {
      lock.unlock();
    }
  }

  /** The sequence number of the oldest queued event, or {@link Long#MAX_VALUE} when empty. */
  public long headSeq() {
    lock.lock();
    try {
      return entries.isEmpty() ? Long.MAX_VALUE : entries.peekFirst().seq;
    } finally {
      lock.unlock();
    }
  }

  /** Whether a full batch (by count or by bytes) is waiting. */
  public boolean batchReady() {
    lock.lock();
    try {
      return entries.size() >= batchEvents || bytes >= batchBytes;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a full batch is ready, {@link #wake()} is called, or {@code deadlineNanos} (on the
   * {@link System#nanoTime()} scale) passes.
   */
  public void awaitWork(long deadlineNanos) throws InterruptedException {
    lock.lock();
    try {
      while (!woken && !batchReady()) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          break;
        }
        work.awaitNanos(left);
      }
      woken = false;
    } finally {
      lock.unlock();
    }
  }

  /** Makes the consumer re-examine the queue now (a flush or close was asked for). */
  public void wake() {
    lock.lock();
    try {
      woken = true;
      work.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes the oldest events up to the batch limits (at least one, when any is queued), or returns
   * null when the queue is empty.
   */
  public Batch take() {
    lock.lock();
    try {
      if (entries.isEmpty()) {
        return null;
      }
      List<EncodedEvent> events = new ArrayList<>(Math.min(entries.size(), batchEvents));
      long size = 0;
      long seq = 0;
      while (!entries.isEmpty() && events.size() < batchEvents) {
        Entry next = entries.peekFirst();
        if (!events.isEmpty() && size + next.event.size() > batchBytes) {
          break;
        }
        entries.removeFirst();
        bytes -= next.event.size();
        size += next.event.size();
        seq = next.seq;
        events.add(next.event);
      }
      return new Batch(events, seq);
    } finally {
      lock.unlock();
    }
  }

  /** Refuses every later offer, and returns what was still queued (oldest first). */
  public List<EncodedEvent> closeAndDrain() {
    lock.lock();
    try {
      closed = true;
      List<EncodedEvent> rest = new ArrayList<>(entries.size());
      for (Entry entry : entries) {
        rest.add(entry.event);
      }
      entries.clear();
      bytes = 0;
      return rest;
    } finally {
      lock.unlock();
    }
  }

  /** How many events are queued. */
  public int size() {
    lock.lock();
    try {
      return entries.size();
    } finally {
      lock.unlock();
    }
  }
}
