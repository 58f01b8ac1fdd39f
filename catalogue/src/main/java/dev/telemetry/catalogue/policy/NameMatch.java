package dev.telemetry.catalogue.policy;

import java.util.List;

/**
 * Where a category's pattern matched a name.
 *
 * @param category the category
 * @param pattern the pattern that matched
 * @param start the index of the first matched word (the person word, for {@code ~name} patterns)
 * @param end the index after the last matched word
 * @param words all the words of the name
 */
record NameMatch(PersonalDataCategory category, TokenPattern pattern, int start, int end, List<String> words) {

  /** The matched words as the name spells them, separated by spaces. */
  String matchedWords() {
    return String.join(" ", words.subList(start, end));
  }

  /** Whether the last matched word is a plural of the pattern's last word ({@code tokens} for {@code token}). */
  boolean plural() {
    List<String> patternWords = pattern.words();
    return !words.get(end - 1).equals(patternWords.get(patternWords.size() - 1));
  }

  /** Whether the match ends the name. */
  boolean atEnd() {
    return end == words.size();
  }
}
