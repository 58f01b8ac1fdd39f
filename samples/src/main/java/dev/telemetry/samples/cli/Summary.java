package dev.telemetry.samples.cli;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.DropReason;

/** The last line the sample prints, and its exit status, from the client's final accounting. */
public final class Summary {
  private Summary() {}

  /** {@code tracked=N delivered=N dropped=N failed=N}. */
  public static String line(DeliveryStats stats) {
    return "tracked=" + stats.tracked()
        + " delivered=" + stats.delivered()
        + " dropped=" + stats.dropped()
        + " failed=" + stats.failed();
  }

  /**
   * 0 when nothing was lost: every tracked event was delivered, or, with telemetry switched off,
   * deliberately not sent. 1 when an event was dropped for another reason, failed, or is still
   * pending.
   */
  public static int exitStatus(DeliveryStats stats) {
    boolean nothingLost =
        stats.failed() == 0
            && stats.pending() == 0
            && stats.dropped() == stats.dropped(DropReason.DISABLED)
            && stats.delivered() + stats.dropped(DropReason.DISABLED) == stats.tracked();
    return nothingLost ? 0 : 1;
  }
}
