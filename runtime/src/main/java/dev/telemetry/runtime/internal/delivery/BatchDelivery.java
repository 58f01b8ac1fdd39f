package dev.telemetry.runtime.internal.delivery;

import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.sink.SendOutcome;
import dev.telemetry.runtime.sink.Sink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Delivers one batch: sends it, retries passing failures with backoff inside the retry budget
 * (waiting as the {@link Throttle} says), splits a batch the collector finds too large (413) until
 * the bad event is alone, and settles every event of it exactly once: delivered, refused for good,
 * or postponed (could not be sent in time; kept in the spool when there is one, else failed). Several senders may run it
 * at once, each with its own batch.
 */
final class BatchDelivery {
  /** Why an event still queued, or still being sent, at the close deadline was not delivered. */
  static final String CLOSED_DETAIL = "the client closed before the event could be sent";
  /** Why an event taken for sending, but not delivered by the close deadline, failed. */
  static final String CLOSED_IN_PROGRESS_DETAIL = CLOSED_DETAIL + " (delivery was in progress)";

  private final Sink sink;
  private final Backoff backoff;
  private final Duration budget;
  private final Throttle throttle;

  BatchDelivery(Sink sink, Backoff backoff, Duration budget, Throttle throttle) {
    this.sink = sink;
    this.backoff = backoff;
    this.budget = budget;
    this.throttle = throttle;
  }

  /**
   * Delivers {@code batch}, settling each of its events exactly once with {@code settlement}; when
   * interrupted (the close deadline passed), postpones what is left and rethrows. Nothing thrown
   * below (an {@link Error} included) escapes otherwise: the sender thread goes on.
   */
  void deliver(List<EncodedEvent> batch, Settlement settlement) throws InterruptedException {
    Deque<List<EncodedEvent>> parts = new ArrayDeque<>();
    parts.push(batch);
    // Halving finds one oversized event in log2(n) levels; a collector that calls every part too
    // large is not talking about size, and is not given 2n requests to say so.
    int splitsLeft = 4 * (32 - Integer.numberOfLeadingZeros(Math.max(1, batch.size() - 1)));
    try {
      while (!parts.isEmpty()) {
        List<EncodedEvent> part = parts.peek();
        SendOutcome outcome = sendWithRetries(part);
        parts.pop();
        switch (outcome.status()) {
          case DELIVERED:
            settlement.delivered(part, outcome.quotaLimited());
            break;
          case TOO_LARGE:
            if (part.size() == 1) {
              settlement.refused(part, "the collector refused this event as too large: " + outcome.detail());
            } else if (splitsLeft <= 0) {
              settlement.refused(
                  part,
                  "the collector refused every smaller part as too large too, so size is not the"
                      + " problem: " + outcome.detail());
            } else {
              splitsLeft--;
              int half = part.size() / 2;
              parts.push(part.subList(half, part.size()));
              parts.push(part.subList(0, half));
            }
            break;
          case RETRY:
            settlement.postponed(part, outcome.detail());
            break;
          default:
            settlement.refused(part, outcome.detail());
        }
      }
    } catch (InterruptedException e) {
      for (List<EncodedEvent> part : parts) {
        settlement.postponed(part, CLOSED_IN_PROGRESS_DETAIL);
      }
      throw e;
    } catch (Throwable e) {
      for (List<EncodedEvent> part : parts) {
        settlement.postponed(part, "delivery failed: " + e);
      }
    }
  }

  private SendOutcome sendWithRetries(List<EncodedEvent> part) throws InterruptedException {
    long budgetEnd = System.nanoTime() + budget.toNanos();
    SendOutcome last = null;
    for (int attempt = 0; ; attempt++) {
      Throttle.Turn turn = throttle.awaitServer(budgetEnd);
      if (turn == Throttle.Turn.PAST_BUDGET) {
        return SendOutcome.retry(
            (attempt == 0 ? "not sent" : "gave up after " + attempt + " attempt(s)")
                + ": the collector asked (Retry-After) to wait past the retry budget of " + budget
                + lastReply(last),
            null);
      }
      if (turn == Throttle.Turn.PAST_CLOSE_DEADLINE) {
        return closingTooLong(last);
      }
      last = attempt(part);
      if (last.status() != SendOutcome.Status.RETRY) {
        return last;
      }
      if (last.retryAfter() != null) {
        // Capped at the budget: a Retry-After of an hour holds every sender back for one budget,
        // after which what could not be sent is postponed (kept in the spool when there is one).
        throttle.serverAsked(Math.min(saturatedNanos(last.retryAfter()), budget.toNanos()));
      }
      long wait = backoff.delayNanos(attempt);
      if (throttle.resumeAt(wait) - budgetEnd > 0) {
        return SendOutcome.retry(
            "gave up after " + (attempt + 1) + " attempt(s): the next retry would pass the retry"
                + " budget of " + budget + lastReply(last),
            null);
      }
      if (throttle.serverWaitPassesCloseDeadline()) {
        return closingTooLong(last);
      }
      throttle.backoff(wait);
    }
  }

  private SendOutcome attempt(List<EncodedEvent> part) throws InterruptedException {
    try {
      return sink.send(part);
    } catch (IOException e) {
      return SendOutcome.retry(describe(e), null);
    } catch (RuntimeException e) {
      return SendOutcome.rejected("the sink failed: " + e);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // A hostile reply or a sink bug; the events may well go through on another try.
      return SendOutcome.retry("the sink failed: " + e, null);
    }
  }

  private static SendOutcome closingTooLong(SendOutcome last) {
    return SendOutcome.retry(
        "the client is closing and the collector asked to wait longer than the close deadline"
            + " allows" + lastReply(last),
        null);
  }

  private static String lastReply(SendOutcome last) {
    return last == null ? "" : "; last reply: " + last.detail();
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
