package dev.telemetry.runtime.internal.delivery;

import dev.telemetry.runtime.internal.queue.EventQueue;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * How far delivery has got, in the queue's positions (see {@link EventQueue.Batch#through()}),
 * for flushes to wait on. Batches are taken in order but may finish in any order, so progress
 * only moves through the oldest batch still unfinished: a position counts as done once every
 * batch taken before it is finished. Thread-safe.
 */
final class Progress {
  /** One taken batch, or events that left the queue without one, awaiting the batches before. */
  static final class Ticket {
    private long through;
    private boolean finished;

    private Ticket(long through, boolean finished) {
      this.through = through;
      this.finished = finished;
    }
  }

  // Oldest first; guarded by this.
  private final ArrayDeque<Ticket> unfinished = new ArrayDeque<>();
  private long doneThrough;

  /**
   * A batch was taken: once it and every batch taken before it are finished, everything up to
   * {@code through} is done. Called in the order batches are taken.
   */
  synchronized Ticket begin(long through) {
    Ticket ticket = new Ticket(through, false);
    unfinished.addLast(ticket);
    // A flush mark passed by this take may already be done with: let its waiter look.
    notifyAll();
    return ticket;
  }

  /** The batch of {@code ticket} is delivered, failed or dropped, event by event. */
  synchronized void finish(Ticket ticket) {
    ticket.finished = true;
    while (!unfinished.isEmpty() && unfinished.peekFirst().finished) {
      doneThrough = Math.max(doneThrough, unfinished.removeFirst().through);
    }
    notifyAll();
  }

  /**
   * Everything up to {@code settled} has left the queue (into batches already begun, or dropped):
   * done once the batches begun before are finished. Called by the taker, in order.
   */
  synchronized void reached(long settled) {
    Ticket last = unfinished.peekLast();
    if (last == null) {
      doneThrough = Math.max(doneThrough, settled);
    } else if (last.finished) {
      last.through = Math.max(last.through, settled);
    } else {
      unfinished.addLast(new Ticket(settled, true));
    }
    // Notifies even when nothing moved: a flush mark passed since may be done with it.
    notifyAll();
  }

  /** Delivery has ended: every event has an outcome, whatever a waiter's mark. */
  synchronized void finishAll() {
    unfinished.clear();
    doneThrough = Long.MAX_VALUE;
    notifyAll();
  }

  /**
   * Waits until every event queued before {@code mark} is done, or until {@code deadlineNanos}
   * ({@link System#nanoTime()} scale); returns whether it is.
   */
  synchronized boolean awaitDone(EventQueue.Mark mark, long deadlineNanos) throws InterruptedException {
    while (doneThrough != Long.MAX_VALUE && (mark.position() < 0 || doneThrough < mark.position())) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }
}
