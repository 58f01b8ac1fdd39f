package dev.telemetry.runtime.delivery;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.encode.EncodedEvent;
import dev.telemetry.runtime.queue.EventQueue;
import dev.telemetry.runtime.queue.QueuedEvent;
import dev.telemetry.runtime.sink.SendOutcome;
import dev.telemetry.runtime.sink.Sink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The single background loop: takes a batch when one is full, when the flush interval has passed,
 * or when a flush or close asks for it (a flush or an interval puts a mark in the queue, and the
 * loop drains up to it); encodes the events still to encode, accounting for those it must drop;
 * sends it; retries passing failures with backoff inside a
 * total time budget; splits a batch the collector finds too large until the bad event is alone;
 * and accounts for every event. Closing drains the queue until the close deadline, after which the
 * client interrupts the loop and whatever is left is counted as failed or dropped.
 */
public final class DeliveryLoop implements Runnable {
  private static final String CLOSED_DETAIL = "the client closed before the event could be sent";

  private final EventQueue queue;
  private final Sink sink;
  private final Accounting accounting;
  private final Backoff backoff;
  private final long intervalNanos;
  private final Duration budget;

  private final Object pauseLock = new Object();
  private final Object progressLock = new Object();
  private long doneThrough;
  private volatile boolean closing;
  private volatile long closeDeadline;

  /**
   * A loop taking from {@code queue}, sending to {@code sink}, retrying with {@code backoff} for at
   * most {@code budget} per batch, and sending a partial batch at least every {@code interval}.
   */
  public DeliveryLoop(
      EventQueue queue,
      Sink sink,
      Accounting accounting,
      Backoff backoff,
      Duration interval,
      Duration budget) {
    this.queue = queue;
    this.sink = sink;
    this.accounting = accounting;
    this.backoff = backoff;
    this.intervalNanos = interval.toNanos();
    this.budget = budget;
  }

  @Override
  public void run() {
    long nextInterval = System.nanoTime() + intervalNanos;
    try {
      while (true) {
        long now = System.nanoTime();
        if (now - nextInterval >= 0) {
          queue.mark();
          nextInterval = now + intervalNanos;
        }
        // Read once: deciding what to take and whether to stop on two different reads let a close
        // arriving in between end the loop with events still queued (they were then dropped).
        // A close after this read is not missed: its wake() makes awaitWork return at once.
        boolean closingNow = closing;
        if (closingNow || queue.batchReady() || queue.drainRequested()) {
          EventQueue.Batch batch = queue.take();
          for (EventQueue.Rejection rejection : batch.rejected()) {
            accounting.droppedPending(rejection.eventName(), rejection.reason(), rejection.detail());
          }
          if (!batch.events().isEmpty()) {
            deliver(batch.events());
          }
          markDone(batch.through());
          if (batch.isEmpty()) {
            if (closingNow) {
              return;
            }
            // Counted events not linked yet (their producers are mid-offer): let them finish.
            Thread.yield();
          }
        } else {
          // Events evicted by producers left the queue without a batch: a flush may wait for them.
          markDone(queue.settled());
          queue.awaitWork(nextInterval);
        }
      }
    } catch (InterruptedException e) {
      // The close deadline passed: stop now; what is left is accounted for below.
    } finally {
      for (QueuedEvent event : queue.closeAndDrain()) {
        accounting.droppedPending(event.name(), DropReason.CLOSED, CLOSED_DETAIL);
      }
      markDone(Long.MAX_VALUE);
    }
  }

  /** Asks the loop to look at the queue now: a flush has put a mark in it, or a close began. */
  public void requestDrain() {
    queue.wake();
  }

  /**
   * Waits until every event queued before {@code mark} is delivered, dropped or failed, or until
   * {@code deadlineNanos} ({@link System#nanoTime()} scale); returns whether they all were.
   */
  public boolean awaitDone(EventQueue.Mark mark, long deadlineNanos) throws InterruptedException {
    synchronized (progressLock) {
      while (doneThrough != Long.MAX_VALUE && (mark.position() < 0 || doneThrough < mark.position())) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(progressLock, left);
      }
      return true;
    }
  }

  /** Starts closing: drain everything queued, within {@code deadlineNanos}. */
  public void close(long deadlineNanos) {
    closeDeadline = deadlineNanos;
    closing = true;
    queue.wake();
    synchronized (pauseLock) {
      pauseLock.notifyAll();
    }
  }

  private void deliver(List<EncodedEvent> batch) throws InterruptedException {
    Deque<List<EncodedEvent>> parts = new ArrayDeque<>();
    parts.push(batch);
    try {
      while (!parts.isEmpty()) {
        List<EncodedEvent> part = parts.peek();
        SendOutcome outcome = sendWithRetries(part);
        parts.pop();
        switch (outcome.status()) {
          case DELIVERED:
            accounting.delivered(part);
            if (!outcome.quotaLimited().isEmpty()) {
              accounting.quotaLimited(outcome.quotaLimited());
            }
            break;
          case TOO_LARGE:
            if (part.size() == 1) {
              accounting.failed(part, "the collector refused this event as too large: " + outcome.detail());
            } else {
              int half = part.size() / 2;
              parts.push(part.subList(half, part.size()));
              parts.push(part.subList(0, half));
            }
            break;
          default:
            accounting.failed(part, outcome.detail());
        }
      }
    } catch (InterruptedException e) {
      for (List<EncodedEvent> part : parts) {
        accounting.failed(part, CLOSED_DETAIL + " (delivery was in progress)");
      }
      throw e;
    }
  }

  private SendOutcome sendWithRetries(List<EncodedEvent> part) throws InterruptedException {
    long start = System.nanoTime();
    long budgetEnd = start + budget.toNanos();
    for (int attempt = 0; ; attempt++) {
      SendOutcome outcome;
      try {
        outcome = sink.send(part);
      } catch (IOException e) {
        outcome = SendOutcome.retry(describe(e), null);
      } catch (RuntimeException e) {
        outcome = SendOutcome.rejected("the sink failed: " + e);
      }
      if (outcome.status() != SendOutcome.Status.RETRY) {
        return outcome;
      }
      long serverWait = outcome.retryAfter() == null ? 0 : saturatedNanos(outcome.retryAfter());
      long wait = Math.max(backoff.delayNanos(attempt), serverWait);
      if (closing) {
        wait = Math.max(serverWait, Math.min(wait, backoff.initialNanos()));
      }
      long now = System.nanoTime();
      if (now + wait - budgetEnd > 0) {
        return SendOutcome.rejected(
            "gave up after " + (attempt + 1) + " attempt(s): the next retry would pass the retry"
                + " budget of " + budget + "; last reply: " + outcome.detail());
      }
      if (closing && now + serverWait - closeDeadline > 0) {
        return SendOutcome.rejected(
            "the client is closing and the collector asked to wait longer than the close deadline"
                + " allows; last reply: " + outcome.detail());
      }
      pause(wait, serverWait);
    }
  }

  // Waits between attempts; a close shortens a backoff wait (never one the server asked for).
  private void pause(long nanos, long serverWait) throws InterruptedException {
    long start = System.nanoTime();
    synchronized (pauseLock) {
      while (true) {
        long wait = closing ? Math.max(serverWait, Math.min(nanos, backoff.initialNanos())) : nanos;
        long left = start + wait - System.nanoTime();
        if (left <= 0) {
          return;
        }
        TimeUnit.NANOSECONDS.timedWait(pauseLock, left);
      }
    }
  }

  // Notifies even when the count did not move: a flush mark passed since may be done with it.
  private void markDone(long settled) {
    synchronized (progressLock) {
      doneThrough = Math.max(doneThrough, settled);
      progressLock.notifyAll();
    }
  }

  private static long saturatedNanos(Duration duration) {
    // Capped so that adding it to a nanoTime cannot overflow; a day is beyond any retry budget anyway.
    return duration.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1).toNanos() : duration.toNanos();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
