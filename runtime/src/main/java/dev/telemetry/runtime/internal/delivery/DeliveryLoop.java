package dev.telemetry.runtime.internal.delivery;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.queue.EventQueue;
import dev.telemetry.runtime.internal.queue.QueuedEvent;
import dev.telemetry.runtime.sink.Sink;
import dev.telemetry.runtime.internal.spool.Spool;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The background loop: takes a batch when one is full, when the flush interval has passed, or
 * when a flush or close asks for it (a flush or an interval puts a mark in the queue, and the loop
 * drains up to it); encodes the events still to encode, accounting for those it must drop; writes
 * the batch to the spool when there is one; and hands it to its senders, which deliver it ({@link
 * BatchDelivery}: retries, splitting) while the loop takes and encodes the next one. There are as
 * many senders as the sink allows concurrent sends ({@link Sink#maxConcurrentSends()}, at most
 * {@value TelemetryConfig#MAX_IN_FLIGHT_REQUESTS}); the loop reserves an idle sender before it
 * takes a batch, so besides the queue at most one batch per sender (the one being encoded
 * included) is held in memory, and with one sender the loop takes nothing while a batch is being
 * sent.
 *
 * <p>With a spool, the loop sends what the spool holds (events an earlier process left, and this
 * process's events that could not be sent in time) before new events, one batch at a time,
 * starting {@value #BACKLOG_START_MILLIS} ms after start (at once when the backlog is older than
 * {@value #BACKLOG_OVERDUE_MILLIS} ms, or at the first flush), and again an
 * interval after a batch could not be sent; it takes from the queue at least every {@value #SPOOL_WRITE_MILLIS} ms, so that an
 * accepted event is on disk within that time; and a close writes what is queued to the spool and
 * ends without waiting for the network.
 *
 * <p>Without a spool, closing drains the queue and lets the senders finish until the close
 * deadline, after which the client interrupts the loop, the loop interrupts its senders, and
 * whatever is left is counted as failed or dropped.
 */
public final class DeliveryLoop {
  /** With a spool, the longest an accepted event waits in memory before it is written. */
  public static final long SPOOL_WRITE_MILLIS = 200;
  /**
   * With a spool, how long after start the loop begins sending what the spool holds (a flush
   * starts it at once). A command that ends sooner never touches the network for it: opening the
   * first HTTP connection costs a cold JVM a few hundred milliseconds of class loading and JIT
   * compilation, which a short-lived command would pay at exit.
   */
  public static final long BACKLOG_START_MILLIS = 500;
  /**
   * With a spool, a backlog begun longer ago than this is sent from the start, not after {@value
   * #BACKLOG_START_MILLIS} ms: a product whose runs are all short would otherwise never send it.
   * The cost of a first connection falls on about one run a minute.
   */
  public static final long BACKLOG_OVERDUE_MILLIS = 60_000;

  private final EventQueue queue;
  private final Accounting accounting;
  private final long intervalNanos;
  private final long backlogIntervalNanos;
  private final Throttle throttle;
  private final Progress progress = new Progress();
  private final Senders senders;
  private final Spool spool;
  private final int batchMaxEvents;
  private final int batchMaxBytes;
  private final Settlement tracked;
  private final Settlement earlier;
  private final Object backlogMonitor = new Object();

  private volatile boolean closing;
  // Guarded by backlogMonitor.
  private boolean backlogInFlight;
  private boolean backlogGaveUp;
  private long backlogDueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BACKLOG_START_MILLIS);

  /**
   * A loop taking from {@code queue}, sending to {@code sink}, retrying with {@code backoff} for at
   * most {@code budget} per batch, sending a partial batch at least every {@code interval}, and
   * keeping events in {@code spool} (null for none).
   */
  public DeliveryLoop(
      EventQueue queue,
      Sink sink,
      Accounting accounting,
      Backoff backoff,
      Duration interval,
      Duration budget,
      Spool spool,
      int batchMaxEvents,
      int batchMaxBytes) {
    this.queue = queue;
    this.accounting = accounting;
    this.spool = spool;
    if (spool != null && spool.hasEarlierSegmentOlderThan(Duration.ofMillis(BACKLOG_OVERDUE_MILLIS))) {
      backlogDueNanos = System.nanoTime();
    }
    this.batchMaxEvents = batchMaxEvents;
    this.batchMaxBytes = batchMaxBytes;
    this.backlogIntervalNanos = Math.max(interval.toNanos(), backoff.initialNanos());
    this.intervalNanos =
        spool == null ? interval.toNanos() : Math.min(interval.toNanos(), TimeUnit.MILLISECONDS.toNanos(SPOOL_WRITE_MILLIS));
    this.throttle = new Throttle(backoff.initialNanos());
    int senderCount = Math.max(1, Math.min(TelemetryConfig.MAX_IN_FLIGHT_REQUESTS, sink.maxConcurrentSends()));
    this.senders = new Senders(senderCount, new BatchDelivery(sink, backoff, budget, throttle), progress);
    this.tracked = new TrackedSettlement();
    this.earlier = new EarlierSettlement();
  }

  /**
   * Starts the loop on a daemon thread named {@code threadName}, and its senders on daemon threads
   * named {@code threadName-sender-1} and so on; returns the loop's thread, which ends only after
   * every sender has.
   */
  public Thread start(String threadName) {
    senders.start(threadName);
    // (A class, not a lambda or method reference: see Senders.)
    Thread thread =
        new Thread(threadName) {
          @Override
          public void run() {
            DeliveryLoop.this.run();
          }
        };
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
        if (!closingNow && backlogDue(now)) {
          sendBacklog();
        } else if (closingNow || queue.batchReady() || queue.drainRequested()) {
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
            handOff(batch, closingNow);
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
          queue.awaitWork(nextWake(nextInterval));
        }
      }
      if (spool == null) {
        senders.finish();
      }
    } catch (InterruptedException e) {
      // The close deadline passed: stop now; what is left is accounted for below.
    } finally {
      // After an orderly finish the senders have ended already; otherwise they are stopped here,
      // each settling what it was delivering (postponed: failed, or kept in the spool).
      // Without a spool, a sender still reading a reply may hold events whose outcome the close
      // should report; with one, they are on disk, and closing does not wait for the network.
      senders.abort(spool == null ? TimeUnit.SECONDS.toNanos(30) : TimeUnit.MILLISECONDS.toNanos(50));
      for (QueuedEvent event : queue.closeAndDrain()) {
        accounting.droppedPending(event.name(), DropReason.CLOSED, BatchDelivery.CLOSED_DETAIL);
      }
      if (spool != null) {
        spool.close();
      }
      progress.finishAll();
      synchronized (backlogMonitor) {
        backlogInFlight = false;
        backlogMonitor.notifyAll();
      }
    }
  }

  private long nextWake(long nextInterval) {
    if (spool == null) {
      return nextInterval;
    }
    synchronized (backlogMonitor) {
      return backlogInFlight || !spool.hasBacklog() || backlogDueNanos - nextInterval > 0 ? nextInterval : backlogDueNanos;
    }
  }

  private boolean backlogDue(long now) {
    if (spool == null || !spool.hasBacklog()) {
      return false;
    }
    synchronized (backlogMonitor) {
      return !backlogInFlight && now - backlogDueNanos >= 0;
    }
  }

  // Sends one batch of what the spool holds; the next is taken when this one is settled.
  private void sendBacklog() throws InterruptedException {
    senders.reserve();
    Spool.Backlog backlog = spool.takeBacklog(batchMaxEvents, batchMaxBytes);
    if (backlog.isEmpty()) {
      senders.unreserve();
      synchronized (backlogMonitor) {
        backlogMonitor.notifyAll();
      }
      return;
    }
    synchronized (backlogMonitor) {
      backlogInFlight = true;
    }
    senders.submit(backlog.events(), null, backlog.earlier() ? earlier : tracked);
  }

  private void backlogSettled(boolean gaveUp) {
    synchronized (backlogMonitor) {
      if (!backlogInFlight) {
        return;
      }
      backlogInFlight = false;
      backlogGaveUp = gaveUp;
      // After a give-up, wait an interval before trying again; else go on at once.
      backlogDueNanos = System.nanoTime() + (gaveUp ? backlogIntervalNanos : 0);
      if (gaveUp) {
        spool.rescan();
      }
      backlogMonitor.notifyAll();
    }
    queue.wake();
  }

  /** Asks the loop to look at the queue now: a flush has put a mark in it, or a close began. */
  public void requestDrain() {
    if (spool != null) {
      synchronized (backlogMonitor) {
        backlogDueNanos = System.nanoTime();
        backlogGaveUp = false;
        spool.rescan();
      }
    }
    queue.wake();
  }

  /**
   * Waits until every event queued before {@code mark} is delivered, dropped or failed (or kept in
   * the spool), and, with a spool, until what the spool held is sent or could not be sent, or until
   * {@code deadlineNanos} ({@link System#nanoTime()} scale); returns whether all that was done.
   */
  public boolean awaitDone(EventQueue.Mark mark, long deadlineNanos) throws InterruptedException {
    if (!progress.awaitDone(mark, deadlineNanos)) {
      return false;
    }
    if (spool == null) {
      return true;
    }
    synchronized (backlogMonitor) {
      while (!backlogGaveUp && (backlogInFlight || spool.hasBacklog()) && !closing) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(backlogMonitor, left);
      }
      return !backlogGaveUp;
    }
  }

  /** Starts closing: drain everything queued, within {@code deadlineNanos}. */
  public void close(long deadlineNanos) {
    throttle.close(deadlineNanos);
    closing = true;
    queue.wake();
  }

  private void handOff(EventQueue.Batch batch, boolean closingNow) throws InterruptedException {
    List<EncodedEvent> events = batch.events();
    boolean spooled = spool != null && spool.append(events);
    if (spooled && closingNow) {
      // On disk: the next client sends it; closing does not wait for the network.
      spool.kept(events);
      senders.unreserve();
      progress.reached(batch.through());
      return;
    }
    Progress.Ticket ticket = progress.begin(batch.through());
    try {
      senders.submit(events, ticket, tracked);
    } catch (InterruptedException e) {
      tracked.postponed(events, BatchDelivery.CLOSED_IN_PROGRESS_DETAIL);
      progress.finish(ticket);
      senders.unreserve();
      throw e;
    }
  }

  // This process's events: counted in the accounting, and settled in the spool when they are in it.
  private final class TrackedSettlement implements Settlement {
    @Override
    public void delivered(List<EncodedEvent> part, List<String> quotaLimited) {
      accounting.delivered(part);
      if (!quotaLimited.isEmpty()) {
        accounting.quotaLimited(quotaLimited);
      }
      if (spool != null) {
        spool.settled(part);
        backlogSettled(false);
      }
    }

    @Override
    public void refused(List<EncodedEvent> part, String detail) {
      accounting.failed(part, detail);
      if (spool != null) {
        spool.settled(part);
        backlogSettled(false);
      }
    }

    @Override
    public void postponed(List<EncodedEvent> part, String detail) {
      List<EncodedEvent> notSpooled = spool == null ? part : spool.kept(part);
      if (notSpooled.size() < part.size()) {
        accounting.postponed(part.size() - notSpooled.size(), detail);
        backlogSettled(true);
      }
      if (!notSpooled.isEmpty()) {
        accounting.failed(notSpooled, detail);
      }
    }
  }

  // Events an earlier process spooled: not in this process's tracked count.
  private final class EarlierSettlement implements Settlement {
    @Override
    public void delivered(List<EncodedEvent> part, List<String> quotaLimited) {
      accounting.sentFromSpool(part.size());
      spool.settled(part);
      backlogSettled(false);
    }

    @Override
    public void refused(List<EncodedEvent> part, String detail) {
      accounting.droppedFromSpool(part.size(), detail);
      spool.settled(part);
      backlogSettled(false);
    }

    @Override
    public void postponed(List<EncodedEvent> part, String detail) {
      spool.kept(part);
      backlogSettled(true);
    }
  }
}
