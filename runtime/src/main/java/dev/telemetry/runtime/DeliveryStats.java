package dev.telemetry.runtime;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A snapshot of what happened to every tracked event. At every moment {@code tracked
 * == delivered + dropped + failed + pending}.
 *
 * @param tracked events given to {@code track}
 * @param delivered events the collector accepted
 * @param droppedByReason events never sent, by reason (every reason is present, zero or more)
 * @param failed events whose delivery was tried and given up
 * @param pending events queued, being sent, or kept in the spool for later
 * @param quotaLimitedReplies replies in which the collector said the project is over its quota
 * @param spooled of the pending events, those written to the spool: not lost when the process
 *     ends, since the next client to open the spool sends them
 * @param sentFromSpool events spooled by an earlier process (or client) that this client
 *     delivered; not counted in {@code tracked}
 * @param droppedFromSpool events spooled by an earlier process that this client dropped (damaged,
 *     refused for good, or past the spool's bounds); not counted in {@code tracked}
 */
public record DeliveryStats(
    long tracked,
    long delivered,
    Map<DropReason, Long> droppedByReason,
    long failed,
    long pending,
    long quotaLimitedReplies,
    long spooled,
    long sentFromSpool,
    long droppedFromSpool) {

  /** Copies the map, filling in absent reasons with zero. */
  public DeliveryStats {
    EnumMap<DropReason, Long> copy = new EnumMap<>(DropReason.class);
    for (DropReason reason : DropReason.values()) {
      copy.put(reason, droppedByReason.getOrDefault(reason, 0L));
    }
    droppedByReason = Collections.unmodifiableMap(copy);
  }

  /** Stats of a client without a spool. */
  public DeliveryStats(
      long tracked,
      long delivered,
      Map<DropReason, Long> droppedByReason,
      long failed,
      long pending,
      long quotaLimitedReplies) {
    this(tracked, delivered, droppedByReason, failed, pending, quotaLimitedReplies, 0, 0, 0);
  }

  /**
   * Whether no tracked event is lost: none dropped or failed, and every pending one is in the
   * spool (a later client sends it).
   */
  public boolean nothingLost() {
    return dropped() == 0 && failed == 0 && pending == spooled;
  }

  /** Events never sent, all reasons together. */
  public long dropped() {
    long sum = 0;
    for (long n : droppedByReason.values()) {
      sum += n;
    }
    return sum;
  }

  /** Events never sent for one reason. */
  public long dropped(DropReason reason) {
    return droppedByReason.get(reason);
  }

  /** Whether the accounting adds up; always true for a snapshot taken from a client. */
  public boolean balanced() {
    return tracked == delivered + dropped() + failed + pending;
  }
}
