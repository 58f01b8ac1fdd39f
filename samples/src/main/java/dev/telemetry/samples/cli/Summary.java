package dev.telemetry.samples.cli;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.DropReason;

/** The last lines the sample prints, and its exit status, from the client's final accounting. */
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
   * The summary: {@link #line}, then {@code spooled=N pending=N} when anything is spooled or
   * pending, then {@code sent-from-spool=N} when events an earlier run spooled were sent.
   */
  public static String lines(DeliveryStats stats) {
    StringBuilder out = new StringBuilder(line(stats));
    if (stats.spooled() > 0 || stats.pending() > 0) {
      out.append(System.lineSeparator()).append("spooled=").append(stats.spooled()).append(" pending=").append(stats.pending());
    }
    if (stats.sentFromSpool() > 0) {
      out.append(System.lineSeparator()).append("sent-from-spool=").append(stats.sentFromSpool());
    }
    return out.toString();
  }

  /**
   * A warning line naming what was dropped (other than by the opt-out switches), by reason, or
   * null when nothing was.
   */
  public static String warning(DeliveryStats stats) {
    StringBuilder reasons = new StringBuilder();
    long dropped = 0;
    for (DropReason reason : DropReason.values()) {
      long n = stats.dropped(reason);
      if (n > 0 && reason != DropReason.DISABLED) {
        reasons.append(reasons.length() == 0 ? "" : ", ").append(reason).append('=').append(n);
        dropped += n;
      }
    }
    return dropped == 0 ? null : "warning: " + dropped + " event(s) dropped (" + reasons + ")";
  }

  /**
   * 0 when nothing was lost: every tracked event was delivered, or, with telemetry switched off,
   * deliberately not sent, or is in the spool for a later run to send. 1 when an event was dropped
   * for another reason, failed, or is still pending in memory.
   */
  public static int exitStatus(DeliveryStats stats) {
    boolean nothingLost =
        stats.failed() == 0
            && stats.pending() == stats.spooled()
            && stats.dropped() == stats.dropped(DropReason.DISABLED);
    return nothingLost ? 0 : 1;
  }
}
