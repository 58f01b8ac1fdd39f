package dev.telemetry.catalogue.validate;

import java.util.Collection;
import java.util.Locale;

/** Finds the known word nearest to a misspelt one, so that messages can say "did you mean". */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to {@code word} by edit distance (insertions, deletions, substitutions
   * and swaps of neighbours), or null when none is close enough to be a plausible typo.
   */
  static String nearest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= tolerance(best) ? best : null;
  }

  /** "Did you mean 'x'?" when a candidate is near, else the alternative text. */
  static String didYouMean(String word, Collection<String> candidates, String otherwise) {
    String nearest = nearest(word, candidates);
    return nearest == null ? otherwise : "Did you mean '" + nearest + "'?";
  }

  /** Short words tolerate fewer edits (one- and two-letter words none), so that unrelated words are not offered. */
  private static int tolerance(String candidate) {
    return candidate.length() < 3 ? 0 : Math.max(1, Math.min(3, candidate.length() / 3));
  }

  /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
