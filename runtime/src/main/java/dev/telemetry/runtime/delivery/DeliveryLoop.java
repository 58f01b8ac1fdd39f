package dev.telemetry.runtime.delivery;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.queue.EventQueue;
import dev.telemetry.runtime.queue.QueuedEvent;
import dev.telemetry.runtime.sink.Sink;
import java.time.Duration;

/**
 * The background loop: takes a batch when one is full, when the flush interval has passed, or
 * when a flush or close asks for it (a flush or an interval puts a mark in the queue, and the loop
 * drains up to it); encodes the events still to encode, accounting for those it must drop; and
 * hands the batch to its senders, which deliver it ({@link BatchDelivery}: retries, splitting,
 * accounting) while the loop takes and encodes the next one. There are as many senders as the
 * sink allows concurrent sends ({@link Sink#maxConcurrentSends()}, at most {@value
 * TelemetryConfig#MAX_IN_FLIGHT_REQUESTS}); the loop reserves an idle sender before it takes a
 * batch, so besides the queue at most one batch per sender (the one being encoded included) is
 * held in memory, and with one sender the loop takes nothing while a batch is being sent. Closing
 * drains the queue and lets the senders finish until the close deadline, after which the client
 * interrupts the loop, the loop interrupts its senders, and whatever is left is counted as failed
 * or dropped.
 */
public final class DeliveryLoop {
  private final EventQueue queue;
  private final Accounting accounting;
  private final long intervalNanos;
  private final Throttle throttle;
  private final Progress progress = new Progress();
  private final Senders senders;

  private volatile boolean closing;

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
    this.accounting = accounting;
    this.intervalNanos = interval.toNanos();
    this.throttle = new Throttle(backoff.initialNanos());
    int senderCount = Math.max(1, Math.min(TelemetryConfig.MAX_IN_FLIGHT_REQUESTS, sink.maxConcurrentSends()));
    this.senders =
        new Senders(senderCount, new BatchDelivery(sink, accounting, backoff, budget, throttle), progress);
  }

  /**
   * Starts the loop on a daemon thread named {@code threadName}, and its senders on daemon threads
   * named {@code threadName-sender-1} and so on; returns the loop's thread, which ends only after
   * every sender has.
   */
  public Thread start(String threadName) {
    senders.start(threadName);
    Thread thread = new Thread(this::run, threadName);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private void run() {
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
          // A sender is reserved before the batch is taken: a taken batch never waits for one, so
          // no more batches are out of the queue than there are senders.
          senders.reserve();
          EventQueue.Batch batch = queue.take();
          for (EventQueue.Rejection rejection : batch.rejected()) {
            accounting.droppedPending(rejection.eventName(), rejection.reason(), rejection.detail());
          }
          if (batch.events().isEmpty()) {
            senders.unreserve();
            progress.reached(batch.through());
          } else {
            handOff(batch);
          }
          if (batch.isEmpty()) {
            if (closingNow) {
              break;
            }
            // Counted events not linked yet (their producers are mid-offer): let them finish.
            Thread.yield();
          }
        } else {
          // Events evicted by producers left the queue without a batch: a flush may wait for them.
          progress.reached(queue.settled());
          queue.awaitWork(nextInterval);
        }
      }
      senders.finish();
    } catch (InterruptedException e) {
      // The close deadline passed: stop now; what is left is accounted for below.
    } finally {
      // After an orderly finish the senders have ended already; otherwise they are stopped here,
      // each accounting for what it was delivering.
      senders.abort();
      for (QueuedEvent event : queue.closeAndDrain()) {
        accounting.droppedPending(event.name(), DropReason.CLOSED, BatchDelivery.CLOSED_DETAIL);
      }
      progress.finishAll();
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
    return progress.awaitDone(mark, deadlineNanos);
  }

  /** Starts closing: drain everything queued, within {@code deadlineNanos}. */
  public void close(long deadlineNanos) {
    throttle.close(deadlineNanos);
    closing = true;
    queue.wake();
  }

  private void handOff(EventQueue.Batch batch) throws InterruptedException {
    Progress.Ticket ticket = progress.begin(batch.through());
    try {
      senders.submit(batch.events(), ticket);
    } catch (InterruptedException e) {
      accounting.failed(batch.events(), BatchDelivery.CLOSED_IN_PROGRESS_DETAIL);
      progress.finish(ticket);
      senders.unreserve();
      throw e;
    }
  }
}
