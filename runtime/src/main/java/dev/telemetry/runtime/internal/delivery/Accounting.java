package dev.telemetry.runtime.internal.delivery;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryListener;
import dev.telemetry.runtime.internal.Log;
import dev.telemetry.runtime.internal.spool.Spool;
import dev.telemetry.runtime.sink.EncodedEvent;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what happens to every event and tells the listener. A caller of {@code track} only adds
 * to a striped counter ({@link LongAdder}), never taking a lock; the outcomes (delivered, dropped,
 * failed) change under one lock. Pending is what is tracked and has no outcome yet: a snapshot
 * reads the outcomes first and the tracked count after, and since an event is counted as tracked
 * before it can have an outcome, every snapshot satisfies {@code tracked = delivered + dropped +
 * failed + pending} with {@code pending >= 0}. Listener calls happen outside the lock.
 */
public final class Accounting {

  private final TelemetryListener listener;
  private final LongAdder tracked = new LongAdder();
  private final long[] dropped = new long[DropReason.values().length];
  private long delivered;
  private long failed;
  private long quotaLimitedReplies;
  private long sentFromSpool;
  private long droppedFromSpool;
  private volatile Spool spool;

  /** Accounting that reports to {@code listener}. */
  public Accounting(TelemetryListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** An event was tracked and dropped before it was queued. */
  public void droppedAtTrack(String eventName, DropReason reason, String detail) {
    tracked.increment();
    synchronized (this) {
      dropped[reason.ordinal()]++;
    }
    if (listening()) {
      notify(() -> listener.onDropped(eventName, reason, detail));
    }
  }

  /** An event was tracked and is about to be offered to the queue: it is pending from now on. */
  public void tracked() {
    tracked.increment();
  }

  /**
   * A pending event was dropped: the queue was full, the client closed before sending it, or it
   * failed when it was encoded on the delivery thread.
   */
  public void droppedPending(String eventName, DropReason reason, String detail) {
    synchronized (this) {
      dropped[reason.ordinal()]++;
    }
    if (listening()) {
      notify(() -> listener.onDropped(eventName, reason, detail));
    }
  }

  /** The collector accepted these pending events. */
  public void delivered(List<EncodedEvent> events) {
    synchronized (this) {
      delivered += events.size();
    }
    if (listening()) {
      for (EncodedEvent event : events) {
        notify(() -> listener.onDelivered(event));
      }
    }
  }

  /** Delivery of these pending events was given up. */
  public void failed(List<EncodedEvent> events, String detail) {
    synchronized (this) {
      failed += events.size();
    }
    Log.get().log(Level.WARNING, "telemetry: {0} event(s) not delivered: {1}", events.size(), detail);
    if (listening()) {
      for (EncodedEvent event : events) {
        notify(() -> listener.onFailed(event, detail));
      }
    }
  }

  /** Where {@link #snapshot()} reads how many pending events are in the spool. */
  public void spooledFrom(Spool spool) {
    this.spool = Objects.requireNonNull(spool, "spool");
  }

  /** These pending events could not be sent in time and stay in the spool, to be sent later. */
  public void postponed(int count, String detail) {
    Log.get().log(Level.INFO, "telemetry: {0} event(s) kept in the spool, to send later: {1}", count, detail);
  }

  /** Events an earlier process spooled were delivered. */
  public void sentFromSpool(int count) {
    synchronized (this) {
      sentFromSpool += count;
    }
  }

  /** Events an earlier process spooled were dropped, for {@code detail}. */
  public void droppedFromSpool(int count, String detail) {
    synchronized (this) {
      droppedFromSpool += count;
    }
    Log.get().log(Level.WARNING, "telemetry: {0} spooled event(s) of an earlier run dropped: {1}", count, detail);
  }

  /** The collector said these data kinds are over quota. */
  public void quotaLimited(List<String> kinds) {
    synchronized (this) {
      quotaLimitedReplies++;
    }
    Log.get().log(Level.WARNING, "telemetry: the collector reports the project over quota for {0}", kinds);
    if (listening()) {
      notify(() -> listener.onQuotaLimited(kinds));
    }
  }

  /** A snapshot of the counts that adds up (see the class comment). */
  public DeliveryStats snapshot() {
    Map<DropReason, Long> byReason = new EnumMap<>(DropReason.class);
    long outcomes;
    long deliveredNow;
    long failedNow;
    long quotaNow;
    long sentFromSpoolNow;
    long droppedFromSpoolNow;
    // Read first: an event it counts may be delivered before the outcomes are read, so it is
    // capped at pending below.
    Spool from = spool;
    long spooledNow = from == null ? 0 : from.spooled();
    synchronized (this) {
      sentFromSpoolNow = sentFromSpool;
      droppedFromSpoolNow = droppedFromSpool;
      deliveredNow = delivered;
      failedNow = failed;
      quotaNow = quotaLimitedReplies;
      outcomes = delivered + failed;
      for (DropReason reason : DropReason.values()) {
        byReason.put(reason, dropped[reason.ordinal()]);
        outcomes += dropped[reason.ordinal()];
      }
    }
    // Read after the outcomes: it includes every event counted in them.
    long trackedNow = tracked.sum();
    long pending = trackedNow - outcomes;
    return new DeliveryStats(
        trackedNow,
        deliveredNow,
        byReason,
        failedNow,
        pending,
        quotaNow,
        Math.min(spooledNow, pending),
        sentFromSpoolNow,
        droppedFromSpoolNow);
  }

  // Without a listener no callback is made at all (nor a lambda spun for it).
  private boolean listening() {
    return listener != TelemetryListener.NONE;
  }

  private static void notify(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      Log.get().log(Level.WARNING, "telemetry: a listener callback threw; ignored", e);
    }
  }
}
