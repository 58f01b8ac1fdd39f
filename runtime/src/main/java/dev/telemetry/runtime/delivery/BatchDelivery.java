package dev.telemetry.runtime.delivery;

import dev.telemetry.runtime.encode.EncodedEvent;
import dev.telemetry.runtime.sink.SendOutcome;
import dev.telemetry.runtime.sink.Sink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Delivers one batch: sends it, retries passing failures with backoff inside the retry budget
 * (waiting as the {@link Throttle} says), splits a batch the collector finds too large until the
 * bad event is alone, and accounts for every event of it exactly once. Several senders may run it
 * at once, each with its own batch.
 */
final class BatchDelivery {
  /** Why an event still queued, or still being sent, at the close deadline was not delivered. */
  static final String CLOSED_DETAIL = "the client closed before the event could be sent";
  /** Why an event taken for sending, but not delivered by the close deadline, failed. */
  static final String CLOSED_IN_PROGRESS_DETAIL = CLOSED_DETAIL + " (delivery was in progress)";

  private final Sink sink;
  private final Accounting accounting;
  private final Backoff backoff;
  private final Duration budget;
  private final Throttle throttle;

  BatchDelivery(Sink sink, Accounting accounting, Backoff backoff, Duration budget, Throttle throttle) {
    this.sink = sink;
    this.accounting = accounting;
    this.backoff = backoff;
    this.budget = budget;
    this.throttle = throttle;
  }

  /**
   * Delivers {@code batch}, accounting for each of its events; when interrupted (the close deadline
   * passed), accounts what is left as failed and rethrows.
   */
  void deliver(List<EncodedEvent> batch) throws InterruptedException {
    Deque<List<EncodedEvent>> parts = new ArrayDeque<>();
    parts.push(batch);
    try {
      while (!parts.isEmpty()) {
        List<EncodedEvent> part = parts.peek();
        SendOutcome outcome = sendWithRetries(part);
        parts.pop();
        switch (outcome.status()) {
          case DELIVERED:
            accounting.delivered(part);
            if (!outcome.quotaLimited().isEmpty()) {
              accounting.quotaLimited(outcome.quotaLimited());
            }
            break;
          case TOO_LARGE:
            if (part.size() == 1) {
              accounting.failed(part, "the collector refused this event as too large: " + outcome.detail());
            } else {
              int half = part.size() / 2;
              parts.push(part.subList(half, part.size()));
              parts.push(part.subList(0, half));
            }
            break;
          default:
            accounting.failed(part, outcome.detail());
        }
      }
    } catch (InterruptedException e) {
      for (List<EncodedEvent> part : parts) {
        accounting.failed(part, CLOSED_IN_PROGRESS_DETAIL);
      }
      throw e;
    }
  }

  private SendOutcome sendWithRetries(List<EncodedEvent> part) throws InterruptedException {
    long budgetEnd = System.nanoTime() + budget.toNanos();
    SendOutcome last = null;
    for (int attempt = 0; ; attempt++) {
      Throttle.Turn turn = throttle.awaitServer(budgetEnd);
      if (turn == Throttle.Turn.PAST_BUDGET) {
        return SendOutcome.rejected(
            (attempt == 0 ? "not sent" : "gave up after " + attempt + " attempt(s)")
                + ": the collector asked (Retry-After) to wait past the retry budget of " + budget
                + lastReply(last));
      }
      if (turn == Throttle.Turn.PAST_CLOSE_DEADLINE) {
        return closingTooLong(last);
      }
      last = attempt(part);
      if (last.status() != SendOutcome.Status.RETRY) {
        return last;
      }
      if (last.retryAfter() != null) {
        throttle.serverAsked(saturatedNanos(last.retryAfter()));
      }
      long wait = backoff.delayNanos(attempt);
      if (throttle.resumeAt(wait) - budgetEnd > 0) {
        return SendOutcome.rejected(
            "gave up after " + (attempt + 1) + " attempt(s): the next retry would pass the retry"
                + " budget of " + budget + lastReply(last));
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
    }
  }

  private static SendOutcome closingTooLong(SendOutcome last) {
    return SendOutcome.rejected(
        "the client is closing and the collector asked to wait longer than the close deadline"
            + " allows" + lastReply(last));
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
