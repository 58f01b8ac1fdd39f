package dev.telemetry.catalogue.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameTokensPropertiesTest {

  @Property
  void normalisingTwiceChangesNothing(@ForAll("anyText") String name) {
    List<String> once = NameTokens.of(name);
    assertEquals(once, NameTokens.of(String.join("_", once)));
  }

  @Property
  void wordsAreNonEmptyLowerCaseAndFreeOfSeparators(@ForAll("anyText") String name) {
    for (String word : NameTokens.of(name)) {
      assertEquals(false, word.isEmpty(), name);
      assertEquals(word, word.toLowerCase(Locale.ROOT), name);
      assertEquals(-1, word.indexOf('_'), name);
    }
  }

  @Property
  void camelCaseSnakeCaseAndKebabCaseGiveTheSameWords(@ForAll("snakeWords") List<String> words) {
    String snake = String.join("_", words);
    String kebab = String.join("-", words).toUpperCase(Locale.ROOT);
    String camel = camelCase(words);
    assertEquals(words, NameTokens.of(snake), snake);
    assertEquals(words, NameTokens.of(kebab), kebab);
    assertEquals(words, NameTokens.of(camel), camel);
  }

  @Property
  void lowerSnakeCaseNamesReadAsTheirOtherSpellingsDo(@ForAll("lowerSnake") String name) {
    List<String> words = NameTokens.of(name);
    assertEquals(words, NameTokens.of(name.toUpperCase(Locale.ROOT)), name);
    assertEquals(words, NameTokens.of(name.replace('_', '-')), name);
    assertEquals(Arrays.stream(name.split("_")).filter(word -> !word.isEmpty()).toList(), words, name);
  }

  @Provide
  Arbitrary<String> lowerSnake() {
    return Arbitraries.strings().withChars("abz09_").ofMaxLength(16);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("aAbBiIpPsSvV01_-. ").ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0100', '\u03ff').withChars("_A1").ofMaxLength(20));
  }

  /** Words as a snake_case name has them: lower-case letters and digits, a letter first, two or more characters. */
  @Provide
  Arbitrary<List<String>> snakeWords() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofLength(1)
            .flatMap(first -> Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8)
                .map(rest -> first + rest));
    return word.list().ofMinSize(1).ofMaxSize(5);
  }

  private static String camelCase(List<String> words) {
    List<String> parts = new ArrayList<>();
    parts.add(words.get(0));
    for (String word : words.subList(1, words.size())) {
      parts.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return String.join("", parts);
  }
}
