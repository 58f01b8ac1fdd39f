package dev.telemetry.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares generated sources with the expected files under {@code src/test/resources/generate/}.
 * Run with the environment variable {@code UPDATE_GOLDENS=1} to rewrite them after an intended
 * change, then review the diff.
 */
class GoldenSourcesTest {
  private static final Path GOLDENS = Path.of("src", "test", "resources", "generate");

  @ParameterizedTest
  @ValueSource(strings = {
    "RequestRevoked", "RequestReviewed", "RequestReviewedWriter", "Timing", "RuleCreatedWriter",
    "UserInfoIdentify", "UserInfoIdentifyWriter", "DeploymentGroupIdentify", "DeploymentGroupIdentifyWriter"
  })
  void generatedSourceMatchesGolden(String className) throws IOException {
    Map<String, JavaFile> files = CatalogueCodeGenerator.generate(ExampleCatalogue.model(), GeneratedCode.PACKAGE, Set.of())
        .files().stream()
        .collect(Collectors.toMap(file -> file.typeSpec().name(), Function.identity()));
    String actual = files.get(className).toString();
    Path golden = GOLDENS.resolve(className + ".java");
    if ("1".equals(System.getenv("UPDATE_GOLDENS"))) {
      Files.createDirectories(GOLDENS);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, () -> "generated " + className
        + " differs from " + golden + "; rerun with UPDATE_GOLDENS=1 if the change is intended");
  }
}
