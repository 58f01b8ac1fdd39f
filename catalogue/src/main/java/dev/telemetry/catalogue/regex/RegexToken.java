package dev.telemetry.catalogue.regex;

/**
 * One construct of a regular expression, as {@link RegexTokens} reads it.
 *
 * @param kind what it is
 * @param text its text in the pattern, such as {@code \z}, {@code (?<=} or {@code {2,3}+}
 * @param index where it starts in the pattern (0-based, in chars)
 * @param inClass whether it stands inside a character class
 */
public record RegexToken(Kind kind, String text, int index, boolean inClass) {
  /** The kinds of construct. */
  public enum Kind {
    /** One literal character (a code point). */
    LITERAL,
    /** A backslash and what it escapes: {@code \.}, {@code \d}, {@code \x41}, {@code \p{L}}, {@code \Q...\E}. */
    ESCAPE,
    /** {@code .} */
    DOT,
    /** {@code ^} or {@code $} outside a class. */
    ANCHOR,
    /** {@code |} */
    ALTERNATION,
    /** A group's opening: {@code (}, {@code (?:}, {@code (?=}, {@code (?<name>}, {@code (?i)}... */
    GROUP_OPEN,
    /** {@code )} */
    GROUP_CLOSE,
    /** {@code *}, {@code +}, {@code ?} or {@code {n,m}}, with a following {@code ?} or {@code +}. */
    QUANTIFIER,
    /** A lone {@code {}, {@code }} or {@code ]} outside a class, which is no quantifier and no class. */
    STRAY_BRACKET,
    /** {@code [} or {@code [^} opening a class. */
    CLASS_OPEN,
    /** {@code ]} closing a class. */
    CLASS_CLOSE,
    /** A {@code [} inside a class (Java reads a nested class, the others a literal). */
    CLASS_NESTED_OPEN,
    /** {@code ]} as a class's first member (Python reads a literal, ECMAScript an empty class). */
    CLASS_FIRST_BRACKET,
    /** {@code &&} inside a class (Java's intersection). */
    CLASS_INTERSECTION,
    /** {@code -} between two members of a class. */
    CLASS_RANGE
  }

  /** Whether this is a quantifier's base ({@code *}, {@code {2}}...) followed by {@code modifier}. */
  public boolean quantifierEndsWith(char modifier) {
    return kind == Kind.QUANTIFIER && text.length() > 1 && text.charAt(text.length() - 1) == modifier;
  }
}
