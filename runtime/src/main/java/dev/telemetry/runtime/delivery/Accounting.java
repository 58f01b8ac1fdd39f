package dev.telemetry.runtime.delivery;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryListener;
import dev.telemetry.runtime.encode.EncodedEvent;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts what happens to every event and tells the listener. Each change moves one event between
 * states under one lock, so that every snapshot satisfies {@code tracked = delivered + dropped +
 * failed + pending}. Listener calls happen outside the lock.
 */
public final class Accounting {
  private static final System.Logger LOG = System.getLogger("dev.telemetry.runtime");

  private final TelemetryListener listener;
  private final long[] dropped = new long[DropReason.values().length];
  private long tracked;
  private long delivered;
  private long failed;
  private long pending;
  private long quotaLimitedReplies;

  /** Accounting that reports to {@code listener}. */
  public Accounting(TelemetryListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** An event was tracked and dropped before it was queued. */
  public void droppedAtTrack(String eventName, DropReason reason, String detail) {
    synchronized (this) {
      tracked++;
      dropped[reason.ordinal()]++;
    }
    notify(() -> listener.onDropped(eventName, reason, detail));
  }

  /** An event was tracked and is about to be offered to the queue: it is pending from now on. */
  public synchronized void tracked() {
    tracked++;
    pending++;
  }

  /** A pending event was dropped (queue full, or the client closed before sending it). */
  public void droppedPending(EncodedEvent event, DropReason reason, String detail) {
    synchronized (this) {
      pending--;
      dropped[reason.ordinal()]++;
    }
    notify(() -> listener.onDropped(event.name(), reason, detail));
  }

  /** The collector accepted these pending events. */
  public void delivered(List<EncodedEvent> events) {
    synchronized (this) {
      pending -= events.size();
      delivered += events.size();
    }
    for (EncodedEvent event : events) {
      notify(() -> listener.onDelivered(event));
    }
  }

  /** Delivery of these pending events was given up. */
  public void failed(List<EncodedEvent> events, String detail) {
    synchronized (this) {
      pending -= events.size();
      failed += events.size();
    }
    LOG.log(Level.WARNING, "telemetry: {0} event(s) not delivered: {1}", events.size(), detail);
    for (EncodedEvent event : events) {
      notify(() -> listener.onFailed(event, detail));
    }
  }

  /** The collector said these data kinds are over quota. */
  public void quotaLimited(List<String> kinds) {
    synchronized (this) {
      quotaLimitedReplies++;
    }
    LOG.log(Level.WARNING, "telemetry: the collector reports the project over quota for {0}", kinds);
    notify(() -> listener.onQuotaLimited(kinds));
  }

  /** A consistent snapshot of the counts. */
  public synchronized DeliveryStats snapshot() {
    Map<DropReason, Long> byReason = new EnumMap<>(DropReason.class);
    for (DropReason reason : DropReason.values()) {
      byReason.put(reason, dropped[reason.ordinal()]);
    }
    return new DeliveryStats(tracked, delivered, byReason, failed, pending, quotaLimitedReplies);
  }

  private static void notify(Runnable callback) {
    try {
      callback.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "telemetry: a listener callback threw; ignored", e);
    }
  }
}
