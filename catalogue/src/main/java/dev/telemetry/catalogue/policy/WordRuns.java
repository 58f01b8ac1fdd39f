package dev.telemetry.catalogue.policy;

import java.util.List;

/** Whole-word comparison of word runs, shared by the built-in categories and the product rules. */
final class WordRuns {
  private WordRuns() {}

  /** Whether {@code run} stands in {@code words} at {@code index}; its last word may be a plural. */
  static boolean at(List<String> words, int index, List<String> run) {
    if (index < 0 || index + run.size() > words.size() || run.isEmpty()) {
      return false;
    }
    for (int i = 0; i < run.size(); i++) {
      boolean last = i == run.size() - 1;
      if (!sameWord(words.get(index + i), run.get(i), last)) {
        return false;
      }
    }
    return true;
  }

  /** The first index at which {@code run} stands in {@code words}, or -1. */
  static int indexOf(List<String> words, List<String> run) {
    for (int i = 0; i < words.size(); i++) {
      if (at(words, i, run)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameWord(String word, String patternWord, boolean pluralAllowed) {
    if (word.equals(patternWord)) {
      return true;
    }
    if (!pluralAllowed) {
      return false;
    }
    // Compared in place: this runs for every pattern against every word of every name checked.
    int extra = word.length() - patternWord.length();
    if (extra == 1) {
      return word.startsWith(patternWord) && word.endsWith("s");
    }
    if (extra != 2) {
      return false;
    }
    if (word.startsWith(patternWord)) {
      return word.endsWith("es");
    }
    return patternWord.endsWith("y")
        && word.endsWith("ies")
        && word.regionMatches(0, patternWord, 0, patternWord.length() - 1);
  }
}
