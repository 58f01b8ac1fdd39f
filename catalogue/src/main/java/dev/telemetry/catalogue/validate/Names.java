package dev.telemetry.catalogue.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/** The grammars of the names a catalogue declares. */
final class Names {
  /** A lowercase word, with {@code _} only inside it: {@code has_reason}, {@code v2_count}. */
  static final String WORD = "[a-z][a-z0-9]*(?:_[a-z0-9]+)*";

  private static final Pattern HASH_PREFIX = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern EVENT_REST =
      Pattern.compile(WORD + "\\." + WORD + "|identify:" + WORD + "|groupidentify:" + WORD);

  private Names() {}

  /** Whether {@code name} is snake_case: lowercase words joined by single underscores. */
  static boolean isSnakeCase(String name) {
    // The grammar of WORD, read by hand: this runs for every property of every event.
    if (name.isEmpty() || !isLowerLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean underscoreInside = c == '_' && i + 1 < name.length() && name.charAt(i + 1) != '_';
      if (!isLowerLetter(c) && !isDigit(c) && !underscoreInside) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code prefix} is a valid hash prefix: a lowercase letter, then letters and digits. */
  static boolean isHashPrefix(String prefix) {
    return HASH_PREFIX.matcher(prefix).matches();
  }

  /** Whether the part of an event name after {@code namespace:} follows the grammar. */
  static boolean isEventRest(String rest) {
    return EVENT_REST.matcher(rest).matches();
  }

  /** The snake_case spelling of a name written in camelCase, kebab-case or with spaces. */
  static String toSnakeCase(String name) {
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    return spaced.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  /** "Did you mean" the snake_case spelling of {@code name}, when there is one; else {@code otherwise}. */
  static String suggestSnakeCase(String name, String otherwise) {
    String snake = toSnakeCase(name);
    return isSnakeCase(snake) ? "Did you mean '" + snake + "'?" : otherwise;
  }

  /** The event name written with snake_case words around its separators. */
  static String toEventName(String name) {
    StringBuilder result = new StringBuilder();
    StringBuilder word = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (c == ':' || c == '.') {
        result.append(toSnakeCase(word.toString())).append(c);
        word.setLength(0);
      } else {
        word.append(c);
      }
    }
    return result.append(toSnakeCase(word.toString())).toString();
  }
}
