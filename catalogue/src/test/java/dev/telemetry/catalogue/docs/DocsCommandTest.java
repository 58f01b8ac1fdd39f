package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesTheDocsOfACatalogueFile(@TempDir Path dir) throws IOException {
    Path catalogue = Catalogues.RESOURCES.resolve("catalogue-example.yaml");
    int status = run("--catalogue", catalogue.toString(), "--out", dir.toString(), "--env-prefix", "CF_ANALYTICS");
    assertEquals(0, status, err());
    assertTrue(out().contains("wrote 19 files to " + dir), out());
    assertArrayEquals(
        new DocsGenerator(DocsOptions.defaults().withEnvPrefix("CF_ANALYTICS")).render(Catalogues.example()).get(EventFiles.MARKDOWN),
        Files.readAllBytes(dir.resolve(EventFiles.MARKDOWN)));
    assertTrue(Files.exists(dir.resolve("examples/cf-identify-user-info.json")));
    assertTrue(Files.exists(dir.resolve("schemas/cf-rule-created.schema.json")));
  }

  @Test
  void anInvalidCatalogueFailsWithItsProblemsAndLocations(@TempDir Path dir) throws IOException {
    Path catalogue = dir.resolve("broken.yaml");
    Files.writeString(catalogue, "catalogue: 1\nnamespace: cf\nproduct: X\nevnts: {}\n");
    int status = run("--catalogue", catalogue.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, status);
    assertTrue(err().contains("error: " + catalogue + ":4:1"), err());
    assertTrue(Files.notExists(dir.resolve("out")), "nothing is written for an invalid catalogue");
  }

  @Test
  void missingArgumentsPrintTheUsage() {
    assertEquals(2, run("--catalogue", "x.yaml"));
    assertTrue(err().contains("--catalogue and --out are required"), err());
    assertTrue(err().contains("usage: telemetry-catalogue docs --catalogue FILE --out DIR"), err());
  }

  @Test
  void anOptionWithoutItsValueIsNamed() {
    assertEquals(2, run("--catalogue", "x.yaml", "--out"));
    assertTrue(err().contains("--out needs a value"), err());
  }

  @Test
  void anUnknownArgumentIsNamed() {
    assertEquals(2, run("--catalog", "x.yaml"));
    assertTrue(err().contains("unknown argument '--catalog'"), err());
  }

  @Test
  void anInvalidEnvironmentPrefixIsRefused() {
    assertEquals(2, run("--catalogue", "x.yaml", "--out", "o", "--env-prefix", "cf-analytics"));
    assertTrue(err().contains("is not a valid variable name prefix"), err());
  }

  private int run(String... args) {
    return DocsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
