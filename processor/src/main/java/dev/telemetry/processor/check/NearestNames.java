package dev.telemetry.processor.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests the known names closest to a misspelt one. */
public final class NearestNames {
  private static final int MAX_SUGGESTIONS = 3;

  private NearestNames() {}

  /**
   * Up to three known names within a small edit distance of {@code name} (about a quarter of its
   * length), closest first.
   */
  public static List<String> nearest(String name, Collection<String> known) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, wanted.length() / 4);
    return known.stream()
        .filter(candidate -> distance(wanted, candidate.toLowerCase(Locale.ROOT)) <= limit)
        .sorted(Comparator.comparingInt((String candidate) -> distance(wanted, candidate.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()))
        .limit(MAX_SUGGESTIONS)
        .toList();
  }

  /** {@code " Did you mean a or b?"}, or empty when nothing is close. */
  public static String didYouMean(String name, Collection<String> known) {
    List<String> nearest = nearest(name, known);
    return nearest.isEmpty() ? "" : " Did you mean " + String.join(" or ", nearest) + "?";
  }

  /** The Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
