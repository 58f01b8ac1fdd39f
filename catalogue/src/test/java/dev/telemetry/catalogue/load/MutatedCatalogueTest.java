package dev.telemetry.catalogue.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid catalogues, damaged at random, either still load or fail with {@link CatalogueException}
 * whose every problem points at a line of the file; nothing else ever escapes the loader.
 */
class MutatedCatalogueTest {
  private static final List<String> VALID = List.of(
      TestCatalogues.text("catalogues/valid/shop.yaml"),
      TestCatalogues.text(ExampleCatalogueTest.RESOURCE));

  /** One way of damaging a file, applied at a position chosen by a random number. */
  enum Mutation {
    DELETE_LINE,
    DUPLICATE_LINE,
    RENAME_KEY,
    CHANGE_SCALAR,
    INDENT_MORE,
    INDENT_LESS,
    TRUNCATE,
    INSERT_CHARACTERS,
    SWAP_LINES
  }

  @Property(tries = 400)
  void loadingEitherSucceedsOrReportsLocatedProblems(@ForAll("damaged") String text) {
    try {
      LoadResult result = CatalogueLoader.load("damaged.yaml", text);
      assertNotNull(result.catalogue());
      result.warnings().forEach(MutatedCatalogueTest::assertLocated);
    } catch (CatalogueException e) {
      assertFalse(e.problems().isEmpty());
      e.problems().forEach(MutatedCatalogueTest::assertLocated);
    }
  }

  @Property(tries = 100)
  void theSameDamageAsJsonIsHandledTheSameWay(@ForAll("damaged") String text) {
    try {
      CatalogueLoader.load("damaged.json", text);
    } catch (CatalogueException e) {
      e.problems().forEach(MutatedCatalogueTest::assertLocated);
    }
  }

  private static void assertLocated(Problem problem) {
    assertTrue(problem.location().line() >= 1, () -> "no line in " + problem);
    assertTrue(problem.location().column() >= 1, () -> "no column in " + problem);
    assertNotEquals(ProblemCode.INTERNAL.code(), problem.code(), () -> "the loader itself failed: " + problem);
    assertFalse(problem.message().contains("com.fasterxml") || problem.message().contains("org.yaml"),
        () -> "parser internals in " + problem);
  }

  @Provide
  Arbitrary<String> damaged() {
    Arbitrary<String> base = Arbitraries.of(VALID);
    Arbitrary<List<Step>> steps = Combinators.combine(
            Arbitraries.of(Mutation.class),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.strings().withChars(":{}[],-#&*!|>'\"\t %@`\\ab1").ofMinLength(1).ofMaxLength(4))
        .as(Step::new)
        .list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(base, steps).as(MutatedCatalogueTest::apply);
  }

  private record Step(Mutation mutation, int position, String characters) {}

  private static String apply(String text, List<Step> steps) {
    String result = text;
    for (Step step : steps) {
      result = apply(result, step);
    }
    return result;
  }

  private static String apply(String text, Step step) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int line = step.position() % lines.size();
    String current = lines.get(line);
    switch (step.mutation()) {
      case DELETE_LINE -> lines.remove(line);
      case DUPLICATE_LINE -> lines.add(line, current);
      case RENAME_KEY -> lines.set(line, current.replaceFirst("[a-z_-]+:", Matcher.quoteReplacement(step.characters().strip() + ":")));
      case CHANGE_SCALAR -> lines.set(line, current.replaceFirst(": .*$", Matcher.quoteReplacement(": " + step.characters())));
      case INDENT_MORE -> lines.set(line, "  " + current);
      case INDENT_LESS -> lines.set(line, current.replaceFirst("^ {1,2}", ""));
      case TRUNCATE -> {
        return text.substring(0, step.position() % (text.length() + 1));
      }
      case INSERT_CHARACTERS -> {
        int at = step.position() % (text.length() + 1);
        return text.substring(0, at) + step.characters() + text.substring(at);
      }
      case SWAP_LINES -> {
        int other = (line + 1) % lines.size();
        lines.set(line, lines.get(other));
        lines.set(other, current);
      }
    }
    return String.join("\n", lines);
  }
}
