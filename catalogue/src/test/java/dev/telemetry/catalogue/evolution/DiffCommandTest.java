package dev.telemetry.catalogue.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code telemetry-catalogue diff OLD NEW}, on files, in Markdown and JSON. */
class DiffCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return DiffCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path files() throws Exception {
    Path old = dir.resolve("catalogue.json");
    Files.writeString(old, new ObjectMapper().writeValueAsString(
        ChangeGate.published(CatalogueDiffTest.load(CatalogueDiffTest.BASE))));
    Path now = dir.resolve("catalogue.yaml");
    Files.writeString(now, CatalogueDiffTest.BASE.replace("values: [web, app]", "values: [web]"));
    return old;
  }

  @Test
  void printsTheChangesBetweenAPublishedCatalogueAndASourceAsMarkdown() throws Exception {
    Path old = files();
    assertEquals(0, run(old.toString(), dir.resolve("catalogue.yaml").toString()));
    assertEquals("| kind | change |\n|---|---|\n| breaking | property shop:order.placed.channel enum value app removed |\n",
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsJsonForCi() throws Exception {
    Path old = files();
    assertEquals(0, run(old.toString(), dir.resolve("catalogue.yaml").toString(), "--format", "json"));
    var json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals("breaking", json.at("/changes/0/kind").asText());
    assertEquals("shop:order.placed", json.at("/changes/0/event").asText());
    assertEquals("channel", json.at("/changes/0/property").asText());
  }

  @Test
  void sameFilesHaveNoChanges() throws Exception {
    Path old = files();
    assertEquals(0, run(old.toString(), old.toString()));
    assertEquals("No change in what is collected.\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badArgumentsAndMissingFilesAreReported() throws Exception {
    assertEquals(2, run("only-one"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("OLD and NEW are required"));
    assertEquals(1, run(dir.resolve("nope.json").toString(), dir.resolve("nope.yaml").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
  }
}
