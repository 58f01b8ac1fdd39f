package dev.telemetry.catalogue.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the personal-data categories in the words of a name. When matches overlap, the longest
 * wins (so {@code ip_address} is an IP address, not a postal address), then a listed pattern
 * before a {@code <person>_word} one (so {@code user_name} is a user name, not a person's name),
 * then the category listed first.
 */
final class CategoryMatcher {
  /** Words that may follow a category in a type name and still name its value: {@code PhoneNumber}. */
  private static final Set<String> VALUE_WORDS =
      Set.of("address", "number", "value", "string", "info", "data", "details");

  private static final Comparator<NameMatch> PRIORITY =
      Comparator.<NameMatch>comparingInt(m -> m.end() - m.start())
          .reversed()
          .thenComparing(m -> m.pattern().placement() == TokenPattern.Placement.AFTER_PERSON)
          .thenComparing(NameMatch::category)
          .thenComparingInt(NameMatch::start);

  private CategoryMatcher() {}

  /** The non-overlapping matches in a name's words, in the order they stand in the name. */
  static List<NameMatch> find(List<String> words) {
    List<NameMatch> candidates = new ArrayList<>();
    for (PersonalDataCategory category : PersonalDataCategory.values()) {
      for (TokenPattern pattern : category.patterns()) {
        collect(category, pattern, words, candidates);
      }
    }
    candidates.removeIf(CategoryMatcher::excluded);
    candidates.sort(PRIORITY);
    List<NameMatch> chosen = new ArrayList<>();
    for (NameMatch candidate : candidates) {
      if (chosen.stream().noneMatch(other -> overlap(other, candidate))) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(NameMatch::start));
    return List.copyOf(chosen);
  }

  /**
   * The match that names what a type holds: the category's words end the type name, or only value
   * words follow them ({@code EmailAddress}, {@code PhoneNumber}, {@code Gender}, but not
   * {@code EmailTemplate} or {@code PasswordPolicy}).
   */
  static List<NameMatch> findInTypeName(List<String> words) {
    List<NameMatch> found = new ArrayList<>();
    for (NameMatch match : find(words)) {
      if (VALUE_WORDS.containsAll(words.subList(match.end(), words.size()))) {
        found.add(match);
      }
    }
    return List.copyOf(found);
  }

  private static void collect(
      PersonalDataCategory category, TokenPattern pattern, List<String> words, List<NameMatch> into) {
    List<String> run = pattern.words();
    int size = run.size();
    switch (pattern.placement()) {
      case ANYWHERE -> {
        for (int i = 0; i + size <= words.size(); i++) {
          if (WordRuns.at(words, i, run)) {
            into.add(new NameMatch(category, pattern, i, i + size, words));
          }
        }
      }
      case WHOLE_NAME -> {
        if (words.size() == size && WordRuns.at(words, 0, run)) {
          into.add(new NameMatch(category, pattern, 0, size, words));
        }
      }
      case LAST -> {
        int start = words.size() - size;
        if (WordRuns.at(words, start, run)) {
          into.add(new NameMatch(category, pattern, start, words.size(), words));
        }
      }
      case AFTER_PERSON -> {
        for (int i = 1; i + size <= words.size(); i++) {
          if (PersonalDataCategory.personWords().contains(words.get(i - 1)) && WordRuns.at(words, i, run)) {
            into.add(new NameMatch(category, pattern, i - 1, i + size, words));
          }
        }
      }
    }
  }

  private static boolean excluded(NameMatch match) {
    List<String> words = match.words();
    for (List<String> exclusion : match.category().exclusions()) {
      for (int i = 0; i < words.size(); i++) {
        if (i <= match.start()
            && i + exclusion.size() >= match.end()
            && WordRuns.at(words, i, exclusion)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlap(NameMatch a, NameMatch b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
