package dev.telemetry.benchmarks.events;

import java.util.List;

/**
 * The events every client sends, the same for all: event {@code n} is a {@code cf:request.reviewed}
 * when {@code n} is even and a {@code cf:rule.created} when it is odd. Each carries {@code n} in a
 * value the collector can find on any client's wire format ({@code "req_<n>"} as the request ID,
 * {@code "bench/rule-<n>@v1"} as the first target), so that the collector counts every event once
 * and sees duplicates and losses without parsing each client's format.
 */
public final class Workload {
  private static final List<String> MORE_TARGETS = List.of("commonfate/test-provider@v2");

  private Workload() {}

  /** Event number {@code n} (a {@link RequestReviewed} or a {@link RuleCreated}). */
  public static Object event(int n) {
    return (n & 1) == 0 ? reviewed(n) : ruleCreated(n);
  }

  /** The {@code cf:request.reviewed} event number {@code n}. */
  public static RequestReviewed reviewed(int n) {
    return new RequestReviewed(
        "usr_" + (n % 997),
        "usr_" + (n % 89),
        "group_" + (n % 13),
        "req_" + n,
        n % 7,
        new Timing(Timing.Mode.ASAP, 3600),
        (n % 3) == 0 ? new Timing(Timing.Mode.SCHEDULED, 1800.5) : null,
        (n % 2) == 0,
        200.25 + (n % 50),
        (n % 5) == 0 ? RequestReviewed.Review.DENY : RequestReviewed.Review.APPROVE,
        (n % 11) == 0);
  }

  /** The {@code cf:rule.created} event number {@code n}. */
  public static RuleCreated ruleCreated(int n) {
    return new RuleCreated(
        "rul_" + n,
        "usr_" + (n % 89),
        3600L * (1 + n % 8),
        (n % 4) != 0,
        (n % 6) == 0,
        2,
        List.of("bench/rule-" + n + "@v1", MORE_TARGETS.get(0)));
  }
}
