package dev.telemetry.catalogue.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a property, member or type name into lower-case words, so that {@code ownerEmail},
 * {@code owner_email}, {@code OWNER-EMAIL} and {@code owner.email} all read as {@code owner email}.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>Anything that is not a letter, a digit or a combining mark separates words ({@code _},
 *       {@code -}, {@code .}, spaces, {@code $}...).
 *   <li>A part with no lower-case letter is one word ({@code OWNER_EMAIL}, {@code IPV4}).
 *   <li>An upper-case letter after a lower-case letter or a digit starts a word ({@code ownerEmail},
 *       {@code x509Certificate}).
 *   <li>In a run of capitals, the last one starts a word when lower-case letters follow
 *       ({@code userIPAddress} is {@code user ip address}), except for a plural {@code s}
 *       ({@code clientIPs} is {@code client ips}) and a version {@code v} followed by digits
 *       ({@code IPv4} is {@code ipv4}).
 *   <li>Digits stay with the letters before them ({@code ipv4}, {@code address_line1}, {@code icd10}).
 * </ul>
 *
 * <p>Normalising is idempotent: the words of {@code snakeCase(name)} are the words of {@code name}.
 */
public final class NameTokens {
  private NameTokens() {}

  /** The lower-case words of a name; empty for a name with no letters or digits. Never throws. */
  public static List<String> of(String name) {
    if (name != null && isLowerSnake(name)) {
      return snakeWords(name);
    }
    List<String> words = split(name == null ? "" : name);
    // Lower-casing can expose new boundaries (a capital with no lower-case form); repeat until stable.
    for (int round = 0; round < 8; round++) {
      List<String> next = new ArrayList<>();
      for (String word : words) {
        next.addAll(split(word.toLowerCase(Locale.ROOT)));
      }
      if (next.equals(words)) {
        break;
      }
      words = next;
    }
    return List.copyOf(words);
  }

  /** The name in lower snake_case: its words joined by {@code _}. */
  public static String snakeCase(String name) {
    return String.join("_", of(name));
  }

  /** Whether the name holds only lower-case ASCII letters, digits and {@code _}, as most catalogue names do. */
  private static boolean isLowerSnake(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of a lower snake_case name: the rules above reduce to splitting on {@code _}, since
   * with no capitals nothing else starts a word. Cheaper than the general path, which the policy
   * runs several times for every property.
   */
  private static List<String> snakeWords(String name) {
    List<String> words = new ArrayList<>();
    int start = 0;
    while (start <= name.length()) {
      int end = name.indexOf('_', start);
      if (end < 0) {
        end = name.length();
      }
      if (end > start) {
        words.add(name.substring(start, end));
      }
      start = end + 1;
    }
    return List.copyOf(words);
  }

  private static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int[] points = text.codePoints().toArray();
    int start = 0;
    while (start < points.length) {
      if (!isWordChar(points[start])) {
        start++;
        continue;
      }
      int end = start;
      while (end < points.length && isWordChar(points[end])) {
        end++;
      }
      splitChunk(Arrays.copyOfRange(points, start, end), words);
      start = end;
    }
    return words;
  }

  /** Splits a run of word characters on case; a run with no lower-case letter (SCREAMING) is one word. */
  private static void splitChunk(int[] points, List<String> words) {
    boolean mixedCase = Arrays.stream(points).anyMatch(Character::isLowerCase);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < points.length; i++) {
      if (mixedCase && i > 0 && startsWord(points, i)) {
        flush(word, words);
      }
      word.appendCodePoint(points[i]);
    }
    flush(word, words);
  }

  private static boolean startsWord(int[] points, int i) {
    int c = points[i];
    int previous = points[i - 1];
    if (!isUpper(c)) {
      return false;
    }
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    if (!isUpper(previous) || i + 1 >= points.length || !Character.isLowerCase(points[i + 1])) {
      return false;
    }
    return !keepsWithAcronym(points, i + 1);
  }

  /** Whether the lower-case run at {@code start} belongs to the acronym before it: {@code IPs}, {@code IPv6}. */
  private static boolean keepsWithAcronym(int[] points, int start) {
    int end = start;
    while (end < points.length && Character.isLowerCase(points[end])) {
      end++;
    }
    if (end - start != 1) {
      return false;
    }
    boolean atEnd = end >= points.length;
    if (points[start] == 's') {
      return atEnd || isUpper(points[end]);
    }
    return points[start] == 'v' && !atEnd && Character.isDigit(points[end]);
  }

  private static boolean isUpper(int c) {
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  private static boolean isWordChar(int c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
