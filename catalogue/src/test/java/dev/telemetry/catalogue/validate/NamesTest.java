package dev.telemetry.catalogue.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NamesTest {
  private static final Pattern SNAKE_CASE = Pattern.compile(Names.WORD);

  @Property
  void snakeCaseFollowsTheWordGrammar(@ForAll("names") String name) {
    assertEquals(SNAKE_CASE.matcher(name).matches(), Names.isSnakeCase(name), name);
  }

  /** Names near the grammar (letters, digits, underscores, capitals) and any text at all. */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("az09_A-").ofMaxLength(10),
        Arbitraries.strings().all().ofMaxLength(10));
  }
}
