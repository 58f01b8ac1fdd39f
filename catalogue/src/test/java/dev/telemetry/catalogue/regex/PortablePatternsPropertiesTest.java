package dev.telemetry.catalogue.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Patterns built from portable pieces stay portable; one hostile piece anywhere is found where it is. */
class PortablePatternsPropertiesTest {
  private static final List<String> PORTABLE = List.of(
      "a", "Z", "0", "_", "-", "/", "@", ":", "é", "😀", ".", "^", "$", "|", "\\.", "\\\\", "\\$", "\\(",
      "\\[", "\\{", "\\}", "\\]", "\\|", "\\/", "\\n", "\\t", "\\x41", "\\u00e9", "[a-z]", "[^0-9]", "[-a]",
      "[\\]\\\\]", "(?:b)", "(c)", "(?=d)", "(?!e)", "f*", "g+", "h?", "i{2}", "j{1,3}", "k{2,}", "l*?", "m+?",
      "\\\\z", "\\\\d", "\\\\A", "\\\\p", "[\\\\z]");
  private static final List<String> HOSTILE = List.of(
      "\\z", "\\Z", "\\A", "\\G", "\\R", "\\h", "\\d", "\\w", "\\s", "\\b", "\\p{L}", "\\p{javaLowerCase}",
      "(?<=a)", "(?<!a)", "(?>a)", "(?i)", "(?i:a)", "(?<n>a)", "\\Qa\\E", "a*+", "a++", "a{2}+", "[a&&b]",
      "[a[b]]", "\\x{41}", "\\-", "\\_", "\\v", "\\e", "\\0");

  @Provide
  Arbitrary<List<String>> portablePieces() {
    return Arbitraries.of(PORTABLE).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> hostilePiece() {
    return Arbitraries.of(HOSTILE);
  }

  @Property(tries = 500)
  void piecesOfTheSubsetMakeAPortablePattern(@ForAll("portablePieces") List<String> pieces) {
    String pattern = String.join("", pieces);
    assertEquals(List.of(), PortablePatterns.check(pattern), pattern);
  }

  @Property(tries = 500)
  void oneHostilePieceIsFoundWhereItStands(
      @ForAll("portablePieces") List<String> pieces, @ForAll("hostilePiece") String hostile,
      @ForAll @IntRange(min = 0, max = 12) int at) {
    int where = Math.min(at, pieces.size());
    String before = String.join("", pieces.subList(0, where));
    // A quantifier piece right after the insertion would repeat the hostile one: keep them apart.
    String pattern = before + "(?:" + hostile + ")" + String.join("", pieces.subList(where, pieces.size()));
    List<NonPortable> found = PortablePatterns.check(pattern);
    assertFalse(found.isEmpty(), pattern);
    assertEquals(before.length() + 3 + offsetOfTheConstruct(hostile), found.get(0).index(), pattern + ": " + found);
  }

  /** Where the construct starts in its hostile piece: after the atom it quantifies, or the class's first member. */
  private static int offsetOfTheConstruct(String hostile) {
    return hostile.startsWith("a") ? 1 : hostile.startsWith("[a") ? 2 : 0;
  }

  @Property(tries = 300)
  void anEscapedBackslashBeforeALetterIsNeverAConstruct(
      @ForAll("portablePieces") List<String> pieces, @ForAll("letter") char letter) {
    String pattern = String.join("", pieces) + "\\\\" + letter;
    assertEquals(List.of(), PortablePatterns.check(pattern), pattern);
  }

  @Provide
  Arbitrary<Character> letter() {
    return Arbitraries.chars().range('a', 'z').range('A', 'Z');
  }
}
