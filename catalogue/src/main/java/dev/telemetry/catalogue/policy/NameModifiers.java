package dev.telemetry.catalogue.policy;

import java.util.List;
import java.util.Set;

/**
 * Words around a match that say the value is about the data, not the data itself: a count
 * ({@code emails_sent_count}), a measure ({@code token_ttl_seconds}) or a category word
 * ({@code phone_type}). A modifier only counts when it is not itself part of the match.
 */
final class NameModifiers {
  /** Last words that make a number a count or a size. */
  static final Set<String> COUNT_WORDS =
      Set.of("count", "counts", "total", "totals", "length", "len", "size", "sizes", "used", "remaining",
          "limit", "quota", "bytes");

  /** First words that make a number a count or an aggregate; {@code number_of_...} counts too. */
  static final Set<String> COUNT_PREFIXES =
      Set.of("num", "total", "max", "min", "avg", "average", "mean", "median", "sum");

  /** Last words that make a number or a duration a measure in some unit. */
  static final Set<String> UNIT_WORDS =
      Set.of("ms", "millis", "milliseconds", "us", "micros", "ns", "nanos", "sec", "secs", "seconds",
          "mins", "minutes", "hours", "days", "weeks", "months", "years", "percent", "pct",
          "percentage", "ratio", "rate");

  /** Last words that make any value a category of the data rather than the data. */
  static final Set<String> DESCRIPTOR_WORDS =
      Set.of("type", "types", "kind", "kinds", "format", "formats", "provider", "providers", "version",
          "versions", "scheme", "schemes", "family", "method", "methods", "policy", "policies",
          "strategy", "mode", "modes", "category", "categories", "algorithm", "alg", "brand", "status",
          "backend", "backends", "store", "storage", "engine");

  private NameModifiers() {}

  /**
   * Whether the words outside {@code [start, end)} make the value a description of the data: a
   * category word at the end, or, for numbers, a count word at either end or a plural match at
   * the end ({@code input_tokens}); for values that cannot carry times, also a unit at the end.
   */
  static boolean describeData(
      List<String> words, int start, int end, boolean plural, ValueShape shape, boolean unitsCount) {
    String last = words.get(words.size() - 1);
    boolean after = end < words.size();
    if (after && DESCRIPTOR_WORDS.contains(last)) {
      return true;
    }
    boolean number = shape == ValueShape.INTEGER || shape == ValueShape.NUMBER;
    if (number && after && COUNT_WORDS.contains(last)) {
      return true;
    }
    if (number && start > 0 && (COUNT_PREFIXES.contains(words.get(0)) || numberOf(words, start))) {
      return true;
    }
    if (unitsCount && (number || shape == ValueShape.DURATION) && after && UNIT_WORDS.contains(last)) {
      return true;
    }
    return shape == ValueShape.INTEGER && !after && plural;
  }

  private static boolean numberOf(List<String> words, int start) {
    return start > 1 && words.get(0).equals("number") && words.get(1).equals("of");
  }
}
