package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsGeneratorTest {
  private final Catalogue catalogue = TestCatalogue.build();
  private final DocsGenerator generator = new DocsGenerator(DocsOptions.defaults().withEnvPrefix("T_APP"));

  @Test
  void producesEveryFileInAFixedOrder() {
    assertEquals(
        List.of(
            "telemetry.md",
            "telemetry.html",
            "catalogue.json",
            "schemas/t-job-created.schema.json",
            "schemas/t-identify-user.schema.json",
            "schemas/t-groupidentify-site.schema.json",
            "examples/t-job-created.json",
            "examples/t-identify-user.json",
            "examples/t-groupidentify-site.json"),
        List.copyOf(generator.render(catalogue).keySet()));
  }

  @Test
  void sameInputGivesTheSameBytes() {
    Map<String, byte[]> first = generator.render(catalogue);
    Map<String, byte[]> second = new DocsGenerator(DocsOptions.defaults().withEnvPrefix("T_APP")).render(TestCatalogue.build());
    for (Map.Entry<String, byte[]> file : first.entrySet()) {
      assertArrayEquals(file.getValue(), second.get(file.getKey()), file.getKey());
      assertFalse(text(first, file.getKey()).contains("\r"), file.getKey() + " has a carriage return");
    }
  }

  @Test
  void markdownTablesKeepOneCellPerColumnWhateverTheText() {
    String markdown = text(generator.render(catalogue), "telemetry.md");
    int columns = 0;
    for (String line : markdown.split("\n", -1)) {
      if (!line.startsWith("|")) {
        columns = 0;
        continue;
      }
      int pipes = unescapedPipes(line);
      if (columns == 0) {
        columns = pipes;
      }
      assertEquals(columns, pipes, "a table line has a stray cell boundary: " + line);
      assertTrue(line.endsWith("|"), "a table row is broken over lines: " + line);
    }
    assertTrue(markdown.contains("| A job &#124; task was created |"), "a '|' in text is escaped");
    assertTrue(markdown.contains("`^[a-z]+(-[a-z]+)*$\\|^x$`"), "a '|' in a pattern is escaped");
    assertTrue(markdown.contains("&#42;stars&#42;, &#96;ticks&#96;, &lt;b&gt;tags&lt;/b&gt;<br/>and a second line."),
        "markup in a description is escaped and its line break kept inside the cell");
  }

  @Test
  void markdownDescribesEveryPropertyWithTypeConstraintsAndHashing() {
    String markdown = text(generator.render(catalogue), "telemetry.md");
    assertTrue(markdown.contains("| `created_by` | `string` | none | yes | yes, sent as `usr_<hash>` | The user who created it. |"));
    assertTrue(markdown.contains("| `retries` | `integer` | minimum 0; maximum 10 | yes | no | How often it was retried. |"));
    assertTrue(markdown.contains("| `labels` | array of `string` | at most 5 items; each item: pattern"));
    assertTrue(markdown.contains("| `window` | object [`window`](#type-t-job-created-window) | none | yes | no |"));
    assertTrue(markdown.contains("| `mode` | `enum`: `asap`, `scheduled` | none | yes | no |"));
    assertTrue(markdown.contains("| `note` | `string` | at most 80 characters | no | no |"));
    assertTrue(markdown.contains("<a id=\"type-t-job-created-window\"></a>\n\n#### Type `window`"));
  }

  @Test
  void pagesUseTheProductsOwnSwitches() {
    Map<String, byte[]> files = generator.render(catalogue);
    for (String page : List.of("telemetry.md", "telemetry.html")) {
      String text = text(files, page);
      for (String variable : List.of("T_APP_DISABLED=true", "DO_NOT_TRACK=1", "T_APP_LOG_LEVEL=debug", "T_APP_URL")) {
        assertTrue(text.contains(variable), page + " names " + variable);
      }
      assertFalse(text.contains("TELEMETRY_"), page + " uses the product's prefix only");
    }
  }

  @Test
  void pagesPublishEveryWrittenReasonAndForbiddenName() {
    Map<String, byte[]> files = generator.render(catalogue);
    String markdown = text(files, "telemetry.md");
    String html = text(files, "telemetry.html");
    for (Allowance allowance : Allowance.of(catalogue)) {
      assertTrue(markdown.contains(MarkdownWriter.escapeText(allowance.reason(), true)), allowance.toString());
      assertTrue(html.contains(HtmlWriter.escape(allowance.reason())), allowance.toString());
    }
    assertEquals(3, Allowance.of(catalogue).size());
    assertTrue(markdown.contains("| [`t:job.created`](#event-t-job-created) `job_id` | `raw-identifier`: identifier sent unhashed |"));
    assertTrue(markdown.contains("| `customer_name` | Customer names identify a customer. |"));
  }

  @Test
  void productNameCanBeOverridden() {
    Map<String, byte[]> files = new DocsGenerator(DocsOptions.defaults().withProductName("Acme")).render(catalogue);
    assertTrue(text(files, "telemetry.md").startsWith("# Acme telemetry\n"));
    assertTrue(text(files, "telemetry.html").contains("<title>Acme telemetry</title>"));
    assertTrue(text(files, "catalogue.json").contains("\"product\": \"Acme\""));
  }

  @Test
  void htmlEscapesCatalogueTextAndFetchesNothing() {
    String html = text(generator.render(catalogue), "telemetry.html");
    assertTrue(html.contains("<h1 id=\"top\">Test &lt;Product&gt; telemetry</h1>"));
    assertTrue(html.contains("A note with *stars*, `ticks`, &lt;b&gt;tags&lt;/b&gt;\nand a second line."));
    assertFalse(html.contains("<b>"), "catalogue text never becomes markup");
    assertFalse(Pattern.compile("(?i)\\b(src|srcset)=|https?://|@import|url\\(").matcher(html).find(),
        "the page refers to nothing outside itself");
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
  }

  @Test
  void examplePayloadInThePageIsThePublishedBatch() {
    Map<String, byte[]> files = generator.render(catalogue);
    String markdown = text(files, "telemetry.md");
    Matcher block = Pattern.compile("#### Example payload of `t:job.created`\n\n[^\n]*\n\n```json\n(.*?)```\n", Pattern.DOTALL)
        .matcher(markdown);
    assertTrue(block.find());
    assertEquals(PrettyJson.read(files.get("examples/t-job-created.json")), PrettyJson.read(block.group(1).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void hmacCataloguesExplainTheKeyAndHashExamplesWithAPlaceholderSecret() {
    Catalogue hmac = new Catalogue(catalogue.file(), catalogue.formatVersion(), catalogue.namespace(), catalogue.product(),
        Hashing.HMAC_SHA256, catalogue.groups(), catalogue.policy(), catalogue.metrics(), catalogue.types(), catalogue.events());
    Map<String, byte[]> files = generator.render(hmac);
    String markdown = text(files, "telemetry.md");
    assertTrue(markdown.contains("HMAC-SHA256 of the value, keyed with a secret that belongs to the deployment"));
    assertTrue(markdown.contains("placeholder secret"));
    String sha256Hash = SentProperties.of(generator.render(catalogue).get("examples/t-job-created.json")).get("created_by").asText();
    String hmacHash = SentProperties.of(files.get("examples/t-job-created.json")).get("created_by").asText();
    assertTrue(hmacHash.matches("usr_[A-Za-z0-9_-]{43}"), hmacHash);
    assertNotEquals(sha256Hash, hmacHash);
  }

  @Test
  void writeCreatesTheFilesUnderTheFolder(@TempDir Path dir) throws IOException {
    List<Path> written = generator.write(catalogue, dir.resolve("docs"));
    assertEquals(9, written.size());
    assertArrayEquals(
        generator.render(catalogue).get("schemas/t-identify-user.schema.json"),
        Files.readAllBytes(dir.resolve("docs/schemas/t-identify-user.schema.json")));
  }

  @Test
  void writeWithoutAFolderSaysHowToSetOne() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> generator.write(catalogue));
    assertTrue(e.getMessage().contains("withOutputDir"));
  }

  @Test
  void anInvalidEnvironmentPrefixIsRefusedWithAnExample() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocsOptions.defaults().withEnvPrefix("cf-analytics"));
    assertTrue(e.getMessage().contains("CF_ANALYTICS"), e.getMessage());
  }

  private static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        count++;
      }
    }
    return count;
  }

  static String text(Map<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }
}
