package dev.telemetry.runtime.sink;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Sink} says about one batch.
 *
 * @param status what to do next
 * @param retryAfter for {@link Status#RETRY}: the least time to wait that the collector asked
 *     for, or null
 * @param quotaLimited for {@link Status#DELIVERED}: the data kinds the collector said are over
 *     quota (PostHog's {@code quotaLimited}), usually empty
 * @param detail a sentence a person can read, such as the HTTP status and reply
 */
public record SendOutcome(Status status, Duration retryAfter, List<String> quotaLimited, String detail) {

  /** What the delivery loop does with the batch. */
  public enum Status {
    /** Accepted; done. */
    DELIVERED,
    /** A passing problem (connection, timeout, 408, 429, 5xx): try again later. */
    RETRY,
    /** The batch is too large (413, or 400 about size): split it and send the halves. */
    TOO_LARGE,
    /** Refused for good (other 4xx): the batch failed; retrying cannot help. */
    REJECTED
  }

  /** Checks the parts and copies the list. */
  public SendOutcome {
    Objects.requireNonNull(status, "status");
    quotaLimited = List.copyOf(quotaLimited);
    Objects.requireNonNull(detail, "detail");
  }

  /** Accepted, with nothing over quota. */
  public static SendOutcome delivered() {
    return new SendOutcome(Status.DELIVERED, null, List.of(), "delivered");
  }

  /** Accepted, with the given data kinds over quota. */
  public static SendOutcome delivered(List<String> quotaLimited) {
    return new SendOutcome(Status.DELIVERED, null, quotaLimited, "delivered");
  }

  /** Try again, not before {@code retryAfter} when it is not null. */
  public static SendOutcome retry(String detail, Duration retryAfter) {
    return new SendOutcome(Status.RETRY, retryAfter, List.of(), detail);
  }

  /** Split the batch. */
  public static SendOutcome tooLarge(String detail) {
    return new SendOutcome(Status.TOO_LARGE, null, List.of(), detail);
  }

  /** Give the batch up. */
  public static SendOutcome rejected(String detail) {
    return new SendOutcome(Status.REJECTED, null, List.of(), detail);
  }
}
