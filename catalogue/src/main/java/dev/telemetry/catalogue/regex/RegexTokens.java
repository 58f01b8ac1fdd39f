package dev.telemetry.catalogue.regex;

import dev.telemetry.catalogue.regex.RegexToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a regular expression into its constructs, reading the union of Java's, ECMAScript's and
 * Python's syntax, so that every construct outside their common subset comes out as one token
 * that can be named. An escaped backslash is one token, so {@code \\z} is a backslash and a
 * {@code z}, never {@code \z}. Never fails: text it cannot place is a literal.
 */
public final class RegexTokens {
  private static final Pattern QUANTIFIER = Pattern.compile("\\{(\\d*)(,(\\d*))?\\}");
  private static final Pattern FLAGS = Pattern.compile("\\(\\?[a-zA-Z]*(-[a-zA-Z]*)?[:)]");

  private final String pattern;
  private final List<RegexToken> tokens = new ArrayList<>();
  private int at;

  private RegexTokens(String pattern) {
    this.pattern = pattern;
  }

  /** The constructs of {@code pattern}, in order. */
  public static List<RegexToken> of(String pattern) {
    RegexTokens reader = new RegexTokens(pattern);
    reader.read();
    return List.copyOf(reader.tokens);
  }

  private void read() {
    while (at < pattern.length()) {
      char c = pattern.charAt(at);
      switch (c) {
        case '\\' -> escape(false);
        case '[' -> characterClass();
        case '(' -> groupOpen();
        case ')' -> add(Kind.GROUP_CLOSE, 1, false);
        case '|' -> add(Kind.ALTERNATION, 1, false);
        case '^', '$' -> add(Kind.ANCHOR, 1, false);
        case '.' -> add(Kind.DOT, 1, false);
        case '*', '+', '?' -> quantifier(1);
        case '{' -> brace();
        case '}', ']' -> add(Kind.STRAY_BRACKET, 1, false);
        default -> literal(false);
      }
    }
  }

  private void brace() {
    Matcher quantifier = QUANTIFIER.matcher(pattern).region(at, pattern.length());
    if (quantifier.lookingAt() && (!quantifier.group(1).isEmpty() || quantifier.group(2) != null)) {
      quantifier(quantifier.end() - at);
    } else {
      add(Kind.STRAY_BRACKET, 1, false);
    }
  }

  /** A quantifier of {@code length} chars, with its lazy {@code ?} or possessive {@code +}. */
  private void quantifier(int length) {
    int end = at + length;
    if (end < pattern.length() && (pattern.charAt(end) == '?' || pattern.charAt(end) == '+')) {
      end++;
    }
    add(Kind.QUANTIFIER, end - at, false);
  }

  private void groupOpen() {
    if (!pattern.startsWith("(?", at)) {
      add(Kind.GROUP_OPEN, 1, false);
      return;
    }
    for (String fixed : new String[] {"(?<=", "(?<!", "(?:", "(?=", "(?!", "(?>", "(?|"}) {
      if (pattern.startsWith(fixed, at)) {
        add(Kind.GROUP_OPEN, fixed.length(), false);
        return;
      }
    }
    if (pattern.startsWith("(?#", at)) {
      int close = pattern.indexOf(')', at);
      add(Kind.GROUP_OPEN, (close < 0 ? pattern.length() : close + 1) - at, false);
      return;
    }
    if (pattern.startsWith("(?<", at) || pattern.startsWith("(?P<", at) || pattern.startsWith("(?'", at)) {
      int close = pattern.indexOf(pattern.startsWith("(?'", at) ? '\'' : '>', at + 3);
      add(Kind.GROUP_OPEN, (close < 0 ? pattern.length() : close + 1) - at, false);
      return;
    }
    if (pattern.startsWith("(?P=", at)) {
      int close = pattern.indexOf(')', at);
      add(Kind.GROUP_OPEN, (close < 0 ? pattern.length() : close + 1) - at, false);
      return;
    }
    Matcher flags = FLAGS.matcher(pattern).region(at, pattern.length());
    add(Kind.GROUP_OPEN, flags.lookingAt() ? flags.end() - at : 2, false);
  }

  private void characterClass() {
    add(Kind.CLASS_OPEN, pattern.startsWith("[^", at) ? 2 : 1, true);
    if (at < pattern.length() && pattern.charAt(at) == ']') {
      add(Kind.CLASS_FIRST_BRACKET, 1, true);
    }
    // Java nests classes; reading them as nested keeps the tokens in step with Java's reading.
    int depth = 1;
    while (at < pattern.length() && depth > 0) {
      char c = pattern.charAt(at);
      if (c == '\\') {
        escape(true);
      } else if (c == '[') {
        depth++;
        add(Kind.CLASS_NESTED_OPEN, pattern.startsWith("[^", at) ? 2 : 1, true);
      } else if (c == ']') {
        depth--;
        add(Kind.CLASS_CLOSE, 1, true);
      } else if (pattern.startsWith("&&", at)) {
        add(Kind.CLASS_INTERSECTION, 2, true);
      } else if (c == '-' && !tokens.isEmpty() && memberBefore() && at + 1 < pattern.length()
          && pattern.charAt(at + 1) != ']') {
        add(Kind.CLASS_RANGE, 1, true);
      } else {
        literal(true);
      }
    }
  }

  /** Whether the token before is a member of the class (not its opening), so '-' may form a range. */
  private boolean memberBefore() {
    Kind previous = tokens.get(tokens.size() - 1).kind();
    return previous == Kind.LITERAL || previous == Kind.ESCAPE || previous == Kind.CLASS_FIRST_BRACKET;
  }

  private void escape(boolean inClass) {
    if (at + 1 >= pattern.length()) {
      add(Kind.ESCAPE, 1, inClass);
      return;
    }
    char next = pattern.charAt(at + 1);
    int length = switch (next) {
      case 'x', 'u' -> hexEscapeLength(next == 'x' ? 2 : 4);
      case 'p', 'P', 'N' -> braceEscapeLength(3);
      case 'k', 'g' -> namedReferenceLength();
      case 'c' -> Math.min(3, pattern.length() - at);
      case 'Q' -> quoteLength();
      default -> Character.isDigit(next) ? digitsLength() : 1 + Character.charCount(pattern.codePointAt(at + 1));
    };
    add(Kind.ESCAPE, length, inClass);
  }

  /** {@code \xHH}, <code>&#92;uHHHH</code> or a braced {@code \x{...}}, <code>&#92;u{...}</code>; as many hex digits as there are. */
  private int hexEscapeLength(int digits) {
    int start = at + 2;
    if (start < pattern.length() && pattern.charAt(start) == '{') {
      int close = pattern.indexOf('}', start);
      return (close < 0 ? pattern.length() : close + 1) - at;
    }
    int end = start;
    while (end < pattern.length() && end < start + digits && Character.digit(pattern.charAt(end), 16) >= 0) {
      end++;
    }
    return end - at;
  }

  /** {@code \p{...}} or the one-letter {@code \pL}. */
  private int braceEscapeLength(int oneLetter) {
    if (at + 2 < pattern.length() && pattern.charAt(at + 2) == '{') {
      int close = pattern.indexOf('}', at + 2);
      return (close < 0 ? pattern.length() : close + 1) - at;
    }
    return Math.min(oneLetter, pattern.length() - at);
  }

  /** {@code \k<name>}, {@code \k{name}} or {@code \g<name>}; else the two chars. */
  private int namedReferenceLength() {
    if (at + 2 < pattern.length() && "<{'".indexOf(pattern.charAt(at + 2)) >= 0) {
      char closing = switch (pattern.charAt(at + 2)) {
        case '<' -> '>';
        case '{' -> '}';
        default -> '\'';
      };
      int close = pattern.indexOf(closing, at + 3);
      return (close < 0 ? pattern.length() : close + 1) - at;
    }
    return 2;
  }

  /** Java's {@code \Q...\E} quote, up to and with its {@code \E} (or the end). */
  private int quoteLength() {
    int end = pattern.indexOf("\\E", at + 2);
    return (end < 0 ? pattern.length() : end + 2) - at;
  }

  private int digitsLength() {
    int end = at + 1;
    while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
      end++;
    }
    return end - at;
  }

  private void literal(boolean inClass) {
    add(Kind.LITERAL, Character.charCount(pattern.codePointAt(at)), inClass);
  }

  private void add(Kind kind, int length, boolean inClass) {
    tokens.add(new RegexToken(kind, pattern.substring(at, at + length), at, inClass));
    at += length;
  }
}
