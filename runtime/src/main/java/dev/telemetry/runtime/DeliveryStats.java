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
 * @param pending events queued or being sent
 * @param quotaLimitedReplies replies in which the collector said the project is over its quota
 */
public record DeliveryStats(
    long tracked,
    long delivered,
    Map<DropReason, Long> droppedByReason,
    long failed,
    long pending,
    long quotaLimitedReplies) {

  /** Copies the map, filling in absent reasons with zero. */
  public DeliveryStats {
    EnumMap<DropReason, Long> copy = new EnumMap<>(DropReason.class);
    for (DropReason reason : DropReason.values()) {
      copy.put(reason, droppedByReason.getOrDefault(reason, 0L));
    }
    droppedByReason = Collections.unmodifiableMap(copy);
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
