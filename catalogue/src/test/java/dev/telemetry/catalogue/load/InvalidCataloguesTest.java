package dev.telemetry.catalogue.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code catalogues/invalid/} states the problems it must produce, one
 * {@code # expect: CODE LINE:COLUMN MESSAGE FIX} comment each (in a {@code .expect} file beside
 * JSON files, which cannot hold comments). The file must produce exactly those catalogue
 * problems, in that order; policy findings, which the policy's own tests cover, are not compared.
 */
class InvalidCataloguesTest {
  private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+) (\\d+):(\\d+) (.*)$");

  static Stream<Path> invalidCatalogues() throws IOException, URISyntaxException {
    Path folder = Path.of(InvalidCataloguesTest.class.getClassLoader().getResource("catalogues/invalid").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> !file.toString().endsWith(".expect")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreAtLeastFortyInvalidCatalogues() throws Exception {
    assertTrue(invalidCatalogues().count() >= 40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCatalogues")
  void producesExactlyTheProblemsItStates(Path file) throws IOException {
    List<String> expected = expectations(file);
    assertFalse(expected.isEmpty(), "the file states no expectation");
    String name = file.getFileName().toString();
    CatalogueException failure =
        assertThrows(CatalogueException.class, () -> CatalogueLoader.load(name, Files.readString(file)));
    List<String> actual = new ArrayList<>();
    for (Problem problem : failure.problems()) {
      assertEquals(name, problem.location().file());
      if (problem.code().startsWith("CATALOGUE-")) {
        actual.add(problem.code() + " " + problem.location().line() + ":" + problem.location().column() + " "
            + problem.message() + (problem.fix() == null ? "" : " " + problem.fix()));
      }
    }
    assertEquals(expected, actual);
  }

  private static List<String> expectations(Path file) {
    Path expectFile = file.toString().endsWith(".json")
        ? file.resolveSibling(file.getFileName().toString().replace(".json", ".expect"))
        : file;
    List<String> expected = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(expectFile)) {
        Matcher matcher = EXPECT.matcher(line);
        if (matcher.matches()) {
          expected.add(matcher.group(1) + " " + matcher.group(2) + ":" + matcher.group(3) + " " + matcher.group(4));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }
}
