package dev.telemetry.runtime.internal.delivery;

import java.util.concurrent.TimeUnit;

/**
 * When the senders may send. A collector's {@code Retry-After} holds back every sender until it
 * passes (the latest end asked for wins): the collector spoke about itself, not about one batch. A
 * batch's own backoff holds back that batch only. Once the client is closing, backoff waits are
 * cut to the first backoff step, but a wait the collector asked for never is: a batch that would
 * have to wait past the close deadline is given up instead. Thread-safe.
 */
final class Throttle {
  /** What {@link #awaitServer} found. */
  enum Turn {
    /** No wait asked for by the collector is running: send. */
    SEND,
    /** The collector's wait ends after the batch's retry budget. */
    PAST_BUDGET,
    /** The client is closing and the collector's wait ends after the close deadline. */
    PAST_CLOSE_DEADLINE
  }

  private final long closingBackoffNanos;
  // Guarded by this.
  private boolean serverWaiting;
  private long notBefore;
  private boolean closing;
  private long closeDeadline;

  /** A throttle whose backoff waits are cut to {@code closingBackoffNanos} once closing. */
  Throttle(long closingBackoffNanos) {
    this.closingBackoffNanos = closingBackoffNanos;
  }

  /** The client is closing and must be done by {@code deadlineNanos}: shortens waits from now on. */
  synchronized void close(long deadlineNanos) {
    closeDeadline = deadlineNanos;
    closing = true;
    notifyAll();
  }

  /** The collector asked that nothing be sent for {@code nanos} from now. */
  synchronized void serverAsked(long nanos) {
    long until = System.nanoTime() + nanos;
    if (!serverWaiting || until - notBefore > 0) {
      notBefore = until;
      serverWaiting = true;
    }
  }

  /**
   * Waits until no wait asked for by the collector is running, unless it would end after {@code
   * budgetEndNanos} or, once closing, after the close deadline: then says so at once.
   */
  synchronized Turn awaitServer(long budgetEndNanos) throws InterruptedException {
    while (serverWaiting) {
      long left = notBefore - System.nanoTime();
      if (left <= 0) {
        serverWaiting = false;
        break;
      }
      if (notBefore - budgetEndNanos > 0) {
        return Turn.PAST_BUDGET;
      }
      if (closing && notBefore - closeDeadline > 0) {
        return Turn.PAST_CLOSE_DEADLINE;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return Turn.SEND;
  }

  /** When this sender may send again after a backoff of {@code backoffNanos} from now. */
  synchronized long resumeAt(long backoffNanos) {
    long now = System.nanoTime();
    long afterBackoff = now + shortened(backoffNanos);
    return serverWaiting && notBefore - afterBackoff > 0 ? notBefore : afterBackoff;
  }

  /** Whether the client is closing and the collector's wait ends after the close deadline. */
  synchronized boolean serverWaitPassesCloseDeadline() {
    return closing && serverWaiting && notBefore - closeDeadline > 0;
  }

  /** Waits {@code nanos} of backoff, cut short if the client starts closing meanwhile. */
  synchronized void backoff(long nanos) throws InterruptedException {
    long start = System.nanoTime();
    while (true) {
      long left = start + shortened(nanos) - System.nanoTime();
      if (left <= 0) {
        return;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  private long shortened(long backoffNanos) {
    return closing ? Math.min(backoffNanos, closingBackoffNanos) : backoffNanos;
  }
}
