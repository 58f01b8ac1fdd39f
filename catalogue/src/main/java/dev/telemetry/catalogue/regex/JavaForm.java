package dev.telemetry.catalogue.regex;

import java.util.regex.Pattern;

/**
 * The Java expression that matches exactly what a portable pattern matches in ECMAScript, the
 * language of JSON Schema patterns, so that the runtime never sends a value the published schema
 * refuses. Of the portable constructs only two differ in Java: {@code $}, which Java lets match
 * before a final line break (ECMAScript only at the end), becomes {@code \z}; {@code .}, which Java
 * also refuses for U+0085, becomes ECMAScript's class <code>[^\n\r&#92;u2028&#92;u2029]</code>. Everything else is
 * kept as written.
 */
public final class JavaForm {
  // Written with escapes for the regex engine, not for javac: "\\u2028" reaches Pattern as \u2028.
  private static final String ECMASCRIPT_DOT = "[^\\n\\r\\u2028\\u2029]";

  private JavaForm() {}

  /** The Java form of {@code pattern}, which must be portable ({@link PortablePatterns#isPortable}). */
  public static String of(String pattern) {
    StringBuilder java = new StringBuilder(pattern.length() + 8);
    for (RegexToken token : RegexTokens.of(pattern)) {
      if (token.kind() == RegexToken.Kind.ANCHOR && token.text().equals("$")) {
        java.append("\\z");
      } else if (token.kind() == RegexToken.Kind.DOT) {
        java.append(ECMASCRIPT_DOT);
      } else {
        java.append(token.text());
      }
    }
    return java.toString();
  }

  /** {@link #of} compiled. */
  public static Pattern compile(String pattern) {
    return Pattern.compile(of(pattern));
  }
}
