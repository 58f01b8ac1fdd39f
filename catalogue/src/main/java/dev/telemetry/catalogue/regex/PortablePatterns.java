package dev.telemetry.catalogue.regex;

import dev.telemetry.catalogue.regex.RegexToken.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Finds the constructs of a pattern that Java (the runtime's checks), ECMAScript (JSON Schema
 * validators such as ajv, which compile with the {@code u} flag) and Python's {@code re} (the
 * jsonschema package) do not all accept with one meaning. It allows, rather than forbids: a
 * construct is portable only if it is on the list below, so a construct nobody thought of is
 * reported, not let through.
 *
 * <p>The subset: literal characters; {@code .}, {@code ^}, {@code $}, {@code |}; groups {@code
 * (...)}, {@code (?:...)} and lookaheads {@code (?=...)}, {@code (?!...)}; quantifiers {@code *},
 * {@code +}, {@code ?}, {@code {n}}, {@code {n,}}, {@code {n,m}}, each optionally lazy ({@code ?});
 * classes {@code [...]} and {@code [^...]} of characters and ranges; the escapes {@code \n}, {@code
 * \r}, {@code \t}, {@code \f}, {@code \xHH}, <code>&#92;uHHHH</code> and a backslash before one of
 * {@code ^ $ \ . * + ? ( ) [ ] { } | /} (and {@code -} inside a class).
 */
public final class PortablePatterns {
  private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|/";

  /** Escapes with a well-known name and fix: what they are in Java, Python or ECMAScript. */
  private static final Map<String, String[]> KNOWN_ESCAPES = Map.ofEntries(
      entry("\\z", "Java's end-of-input anchor (Python spells it \\Z, ECMAScript has none)",
          "Write $ instead; JSON Schema patterns are ECMAScript, where $ is the end of the value."),
      entry("\\Z", "an end anchor that means end-of-input in Python but before-a-final-line-break in Java (ECMAScript has none)",
          "Write $ instead."),
      entry("\\A", "Java's and Python's start-of-input anchor (ECMAScript has none)", "Write ^ instead."),
      entry("\\G", "Java's end-of-previous-match anchor (ECMAScript and Python have none)",
          "Remove it; a pattern is matched once, so ^ says the same at the start."),
      entry("\\R", "Java's line-break class (ECMAScript and Python have none)", "Write (?:\\r\\n|[\\n\\r]) instead."),
      entry("\\h", "Java's horizontal-whitespace class (ECMAScript and Python have none)", "Write [ \\t] (or the exact characters meant) instead."),
      entry("\\H", "Java's non-horizontal-whitespace class (ECMAScript and Python have none)", "Write [^ \\t] (or the exact characters meant) instead."),
      entry("\\v", "vertical whitespace in Java (a class of seven characters) but only the vertical tab in ECMAScript and Python",
          "Write \\x0B for the vertical tab, or list the characters meant in a class."),
      entry("\\V", "Java's non-vertical-whitespace class (ECMAScript and Python have none)", "List the characters meant in a class instead."),
      entry("\\X", "Java's grapheme-cluster match (ECMAScript and Python have none)", "Match the characters meant with a class instead."),
      entry("\\d", "a digit: [0-9] in Java and ECMAScript, but any Unicode digit in Python",
          "Write [0-9] instead."),
      entry("\\D", "a non-digit: [^0-9] in Java and ECMAScript, but anything except a Unicode digit in Python",
          "Write [^0-9] instead."),
      entry("\\w", "a word character: [A-Za-z0-9_] in Java and ECMAScript, but any Unicode letter or digit in Python",
          "Write [A-Za-z0-9_] instead."),
      entry("\\W", "a non-word character, whose set differs between Python and the others",
          "Write [^A-Za-z0-9_] instead."),
      entry("\\s", "whitespace, a different set of characters in each of Java, ECMAScript and Python",
          "List the characters meant, such as [ \\t\\n\\r\\f] or a single space."),
      entry("\\S", "non-whitespace, a different set of characters in each of Java, ECMAScript and Python",
          "List the characters allowed instead, such as [^ \\t\\n\\r\\f]."),
      entry("\\b", "a word boundary, which depends on a word-character set that differs between Python and the others (and means a backspace inside a class)",
          "Anchor with ^ and $, or spell out the neighbouring characters with a class."),
      entry("\\B", "a non-word-boundary, which depends on a word-character set that differs between Python and the others",
          "Spell out the neighbouring characters with a class instead."),
      entry("\\e", "Java's escape-character escape (ECMAScript and Python have none)", "Write \\x1B instead."),
      entry("\\a", "the bell-character escape of Java and Python (ECMAScript has none)", "Write \\x07 instead."),
      entry("\\0", "a null or octal escape, which Java, ECMAScript and Python read differently", "Write \\x00 (or \\xHH for the character meant) instead."),
      entry("\\K", "a match-reset escape (none of Java, ECMAScript and Python has it)", "Remove it."));

  private PortablePatterns() {}

  private static Map.Entry<String, String[]> entry(String escape, String what, String fix) {
    return Map.entry(escape, new String[] {what, fix});
  }

  /** Whether every construct of {@code pattern} is in the portable subset. */
  public static boolean isPortable(String pattern) {
    return check(pattern).isEmpty();
  }

  /** Every construct of {@code pattern} outside the portable subset, in order. */
  public static List<NonPortable> check(String pattern) {
    List<RegexToken> tokens = RegexTokens.of(pattern);
    List<NonPortable> found = new ArrayList<>();
    // Per open group: whether it is a lookahead, which ECMAScript (u flag) does not let repeat.
    Deque<Boolean> groups = new ArrayDeque<>();
    boolean closedLookahead = false;
    for (int i = 0; i < tokens.size(); i++) {
      RegexToken token = tokens.get(i);
      NonPortable problem = switch (token.kind()) {
        case ESCAPE -> escape(token);
        case GROUP_OPEN -> groupOpen(token);
        case QUANTIFIER -> quantifier(token, i == 0 ? null : tokens.get(i - 1), closedLookahead);
        case STRAY_BRACKET -> at(token, "a lone '" + token.text() + "' that opens or closes nothing, which ECMAScript (u flag) rejects",
            "Escape it as \\" + token.text() + ".");
        case CLASS_FIRST_BRACKET -> at(token, "a ']' as the first member of a class: a literal in Python, the end of an empty class in ECMAScript",
            "Escape it as \\].");
        case CLASS_NESTED_OPEN -> at(token, "a '[' inside a class: a nested class (union) in Java, a literal in ECMAScript and Python",
            "Escape it as \\[ for the character, or merge the nested class's members into this class.");
        case CLASS_INTERSECTION -> at(token, "'&&' inside a class: Java's class intersection, two literal '&' in ECMAScript and Python",
            "List the characters the intersection leaves (such as [b-y] for [a-z&&[^az]]); for the character itself, one '&' is enough.");
        case CLASS_RANGE -> i >= 2 && tokens.get(i - 2).kind() == Kind.CLASS_RANGE
            ? at(token, "a '-' right after a range, which Java, ECMAScript and Python do not read alike",
                "Put the '-' first or last in the class, or escape it as \\-.")
            : null;
        default -> null;
      };
      if (problem != null) {
        found.add(problem);
      }
      if (token.kind() == Kind.GROUP_OPEN) {
        groups.push(token.text().equals("(?=") || token.text().equals("(?!"));
      }
      closedLookahead = token.kind() == Kind.GROUP_CLOSE && !groups.isEmpty() && groups.pop();
    }
    return found;
  }

  private static NonPortable escape(RegexToken token) {
    String text = token.text();
    if (text.length() == 2 && SYNTAX_CHARACTERS.indexOf(text.charAt(1)) >= 0) {
      return null;
    }
    if (text.equals("\\-") && token.inClass()) {
      return null;
    }
    if (text.equals("\\n") || text.equals("\\r") || text.equals("\\t") || text.equals("\\f")) {
      return null;
    }
    if (text.startsWith("\\x")) {
      return text.length() == 4 && !text.contains("{")
          ? null
          : at(token, "a hexadecimal escape that is not \\x followed by exactly two hex digits (\\x{...} is Java's alone)",
              "Write \\xHH for a character up to U+00FF, \\uHHHH up to U+FFFF, or the character itself.");
    }
    if (text.startsWith("\\u")) {
      if (text.length() != 6 || text.contains("{")) {
        return at(token, "a Unicode escape that is not \\u followed by exactly four hex digits (\\u{...} is ECMAScript's alone)",
            "Write \\uHHHH, or the character itself (for one above U+FFFF).");
      }
      int unit = Integer.parseInt(text.substring(2), 16);
      return Character.isSurrogate((char) unit)
          ? at(token, "a surrogate escape: Java and ECMAScript pair two of them into one character, Python does not",
              "Write the character itself instead of its surrogate pair.")
          : null;
    }
    if (text.startsWith("\\p") || text.startsWith("\\P")) {
      return at(token, "a Unicode property class (such as \\p{javaLowerCase} or \\p{L}): Java's names are its own, ECMAScript's differ and Python's re has none",
          "List the characters allowed in a class, such as [a-z] for \\p{Lower}.");
    }
    if (text.startsWith("\\Q")) {
      return at(token, "Java's \\Q...\\E quote (ECMAScript and Python have none)",
          "Write the quoted text with each of ^ $ \\ . * + ? ( ) [ ] { } | escaped by a backslash instead.");
    }
    if (text.startsWith("\\k") || text.startsWith("\\g")) {
      return at(token, "a named back-reference, spelled differently in each of Java, ECMAScript and Python",
          "Repeat the group's expression instead of referring back to it.");
    }
    if (text.startsWith("\\c")) {
      return at(token, "a control-character escape, which Python does not have", "Write \\xHH for the control character instead.");
    }
    if (text.startsWith("\\N")) {
      return at(token, "a named-character escape, which Java and ECMAScript read differently or not at all",
          "Write the character itself, or \\uHHHH.");
    }
    String[] known = KNOWN_ESCAPES.get(text);
    if (known != null) {
      return at(token, known[0], known[1]);
    }
    if (text.length() > 1 && Character.isDigit(text.charAt(1))) {
      return at(token, "a back-reference or octal escape, which Java, ECMAScript and Python read differently",
          "Repeat the group's expression instead, or write \\xHH for a character.");
    }
    String character = text.substring(1);
    if (character.isEmpty()) {
      return at(token, "a backslash at the end of the pattern", "Remove it, or write \\\\ for a backslash.");
    }
    return Character.isLetter(character.codePointAt(0))
        ? at(token, "the escape " + text + ", which is not one that Java, ECMAScript and Python all have",
            "Write the character or class meant without this escape.")
        : at(token, "an escaped '" + character + "', which ECMAScript (u flag) rejects: only ^ $ \\ . * + ? ( ) [ ] { } | / may be escaped"
            + (token.inClass() ? " (and - inside a class)" : ""),
            "Write '" + character + "' without the backslash.");
  }

  private static NonPortable groupOpen(RegexToken token) {
    String text = token.text();
    switch (text) {
      case "(", "(?:", "(?=", "(?!":
        return null;
      case "(?<=", "(?<!":
        return at(token, "a lookbehind, which Java allows only bounded, Python only of fixed width and ECMAScript of any width",
            "Rewrite it without the lookbehind, for instance by matching the preceding text in the pattern itself.");
      case "(?>":
        return at(token, "an atomic group, which ECMAScript does not have (and Python only since 3.11)",
            "Write a plain group (?:...) instead.");
      case "(?|":
        return at(token, "a branch-reset group, which none of Java, ECMAScript and Python has", "Write a plain group (?:...) instead.");
      default:
        break;
    }
    if (text.startsWith("(?#")) {
      return at(token, "an inline comment, which ECMAScript does not have", "Remove the comment from the pattern.");
    }
    if (text.startsWith("(?<") || text.startsWith("(?P") || text.startsWith("(?'")) {
      return at(token, "a named group or reference, written (?<name>...) in Java and ECMAScript but (?P<name>...) in Python",
          "Use a plain group (...) or (?:...) instead; names are not needed to validate.");
    }
    return at(token, "inline flags such as (?i), which Java, ECMAScript and Python support differently or not at all",
        "Remove the flags and write the alternatives out, such as [Aa] for a letter in either case.");
  }

  private static NonPortable quantifier(RegexToken token, RegexToken previous, boolean afterLookahead) {
    if (token.quantifierEndsWith('+')) {
      return at(token, "a possessive quantifier, which ECMAScript does not have (and Python only since 3.11)",
          "Drop the final '+': write " + token.text().substring(0, token.text().length() - 1) + " instead.");
    }
    if (token.text().startsWith("{,")) {
      return at(token, "a quantifier without a lower bound, which only Python reads as {0,n}", "Write {0," + token.text().substring(2) + " instead.");
    }
    // Inside a class no quantifier is read, so the token before one is never a class member.
    boolean repeatable = previous != null && switch (previous.kind()) {
      case LITERAL, ESCAPE, DOT, GROUP_CLOSE, CLASS_CLOSE -> true;
      default -> false;
    };
    if (afterLookahead) {
      return at(token, "a quantifier on a lookahead, which ECMAScript (u flag) rejects",
          "Remove the quantifier; a lookahead matches no characters, so repeating it changes nothing.");
    }
    if (!repeatable) {
      return at(token, "a quantifier with nothing to repeat (after ^, $, |, '(' or another quantifier), which ECMAScript rejects",
          "Remove it, or put what should repeat before it.");
    }
    return null;
  }

  private static NonPortable at(RegexToken token, String what, String fix) {
    return new NonPortable(token.index(), token.text(), what, fix);
  }
}
