package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown page and every JSON file generated from {@code catalogue-example.yaml}, compared
 * byte for byte with the reviewed copies in {@code src/test/resources/docs/golden/}. After an
 * intended change, regenerate them with {@code UPDATE_GOLDENS=1} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Catalogues.RESOURCES.resolve("golden");
  private static final boolean UPDATE = "1".equals(System.getenv("UPDATE_GOLDENS"));
  private static final Map<String, byte[]> FILES =
      new DocsGenerator(DocsOptions.defaults().withEnvPrefix("CF_ANALYTICS")).render(Catalogues.example());

  static Stream<String> goldenFiles() {
    return FILES.keySet().stream().filter(path -> !path.equals(EventFiles.HTML));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void matchesTheReviewedCopy(String path) throws IOException {
    Path golden = GOLDEN.resolve(path);
    String generated = new String(FILES.get(path), StandardCharsets.UTF_8);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
    }
    if (!Files.exists(golden)) {
      throw new AssertionError("no golden copy of " + path + " at " + golden + "; run the tests with UPDATE_GOLDENS=1 to create it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated,
        path + " differs from its golden copy; if the change is intended, run with UPDATE_GOLDENS=1 and review the diff");
  }
}
