package dev.telemetry.catalogue.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile patterns, one construct each that Java, ECMAScript or Python read otherwise, and
 * patterns that look like them but are portable (escaped backslashes above all).
 */
class PortablePatternsTest {

  /** Pattern, the construct reported first, and where it starts. Java compiles each. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
      "^a\\z~\\z~2",
      "^a\\Z~\\Z~2",
      "\\Aabc~\\A~0",
      "\\\\\\z~\\z~2",
      "a*+~*+~1",
      "a++~++~1",
      "a?+~?+~1",
      "a{2,3}+~{2,3}+~1",
      "(?>ab|a)c~(?>~0",
      "[a-z&&[^aeiou]]~&&~4",
      "[ab[cd]]~[~3",
      "\\p{javaLowerCase}+~\\p{javaLowerCase}~0",
      "\\p{L}~\\p{L}~0",
      "\\pL~\\pL~0",
      "(?i)abc~(?i)~0",
      "(?i:abc)~(?i:~0",
      "a(?-i)b~(?-i)~1",
      "(?<=a)b~(?<=~0",
      "(?<!a)b~(?<!~0",
      "a\\hb~\\h~1",
      "a\\Rb~\\R~1",
      "\\Gab~\\G~0",
      "(?<year>[0-9]{4})~(?<year>~0",
      "(?<year>[0-9]{4})\\k<year>~(?<year>~0",
      "\\d+~\\d~0",
      "[\\d.]~\\d~1",
      "\\w+~\\w~0",
      "a\\sb~\\s~1",
      "\\bword\\b~\\b~0",
      "\\Qa.b\\E~\\Qa.b\\E~0",
      "a\\vb~\\v~1",
      "a\\eb~\\e~1",
      "\\x{41}~\\x{41}~0",
      "\\uD83D\\uDE00~\\uD83D~0",
      "(a)\\1~\\1~3",
      "\\01~\\01~0",
      "\\cA~\\cA~0",
      "a\\-b~\\-~1",
      "a\\_b~\\_~1",
      "a\\ b~\\ ~1",
      "a\\#b~\\#~1",
      "a]~]~1",
      "a}~}~1",
      "(?=a)*b~*~5",
      "^*a~*~1",
      "[a-c-e]~-~4",
  })
  void reportsTheConstructWhereItStands(String pattern, String construct, String index) {
    Pattern.compile(pattern); // Java reads it: only the other engines disagree
    List<NonPortable> found = PortablePatterns.check(pattern);
    assertFalse(found.isEmpty(), pattern + " is reported");
    assertEquals(construct, found.get(0).construct(), pattern + ": " + found);
    assertEquals(Integer.parseInt(index), found.get(0).index(), pattern + ": " + found);
    assertFalse(found.get(0).what().isBlank());
    assertFalse(found.get(0).fix().isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "^[a-z0-9-]{1,32}$",
      "^v[0-9]+\\.[0-9]+\\.[0-9]+.*$",
      "^(foo|bar)$",
      "^usr_[A-Za-z0-9_-]{43}$",
      "^[a-z0-9-]+/[a-z0-9-]+@v[0-9]+$",
      "\\\\z",
      "\\\\Z",
      "\\\\A\\\\d\\\\w\\\\s\\\\b",
      "a\\\\\\\\z",
      "[\\\\z]",
      "[\\]\\[\\-\\\\^]",
      "\\$\\^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/",
      "(?:a|b)*?c+?d??e{2,}?",
      "(?=x)x(?!y)",
      "\\x41\\u00e9\\t\\n\\r\\f",
      "[-a][a-][^a-z]",
      "a|b|",
      "é€😀",
      "(a(b)c)+",
      "[&]&&",
      "[a&b]",
      "a{0}b{1,}c{2,5}",
      "^(?![^\\n]*\\n)[a-z]+$",
  })
  void acceptsWhatAllThreeReadAlike(String pattern) {
    Pattern.compile(pattern);
    assertEquals(List.of(), PortablePatterns.check(pattern), pattern);
    assertTrue(PortablePatterns.isPortable(pattern));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a\\z\\d(?<=b)", "\\A[a&&b]++"})
  void reportsEveryConstructNotOnlyTheFirst(String pattern) {
    assertTrue(PortablePatterns.check(pattern).size() >= 3, PortablePatterns.check(pattern).toString());
  }
}
