package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Metric;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.model.PropertySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published page as real site generators take it: the samples' catalogue and a hostile one
 * (every text holds {@code & < > { } | ~ \ * _ [ ] ( ) #}, backticks, HTML, "export ", "import " and a
 * regex alternation) rendered by marked (GFM), compiled and run as MDX 3, built by MkDocs
 * {@code --strict} and by Docusaurus 3 with {@code onBrokenAnchors: 'throw'}. Each output must show
 * every catalogue text exactly as written, and every in-page link must land on exactly one id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteGeneratorsTest {
  private static final Path SAMPLES = Path.of("..", "samples", "src", "main", "resources", "telemetry", "catalogue.yaml");
  private static final Path HOSTILE = Catalogues.RESOURCES.resolve("hostile-catalogue.yaml");

  /** Page name (samples, hostile) to its catalogue. */
  private final Map<String, Catalogue> catalogues = new LinkedHashMap<>();

  @BeforeAll
  void load() throws Exception {
    catalogues.put("samples", CatalogueLoader.load(SAMPLES).catalogue());
    catalogues.put("hostile", CatalogueLoader.load(HOSTILE).catalogue());
  }

  private String page(String name, DocsFlavor flavor) {
    DocsGenerator generator = new DocsGenerator(DocsOptions.defaults().withFlavor(flavor));
    return new String(generator.render(catalogues.get(name)).get(EventFiles.MARKDOWN), StandardCharsets.UTF_8);
  }

  @Test
  void gfmShowsEveryTextAndEveryLinkLands(@TempDir Path dir) throws Exception {
    String missing = SiteTools.npmToolsMissing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    for (String name : catalogues.keySet()) {
      check(name, "marked (GFM)", node(dir, "gfm", name, page(name, DocsFlavor.GITHUB)));
    }
  }

  @Test
  void mdxCompilesEveryPageAndShowsEveryText(@TempDir Path dir) throws Exception {
    String missing = SiteTools.npmToolsMissing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    for (String name : catalogues.keySet()) {
      check(name, "MDX 3", node(dir, "mdx", name, page(name, DocsFlavor.GITHUB)));
    }
  }

  @Test
  void mkdocsStrictBuildsEveryPageWithoutAWarning(@TempDir Path dir) throws Exception {
    String missing = SiteTools.mkdocsMissing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("mkdocs.yml"), """
        site_name: Telemetry page test
        use_directory_urls: false
        markdown_extensions:
          - attr_list
          - admonition
        nav:
          - index.md
          - samples.md
          - hostile.md
        """);
    Files.writeString(docs.resolve("index.md"), "# Pages\n\n- [Samples](samples.md)\n- [Hostile](hostile.md)\n");
    for (String name : catalogues.keySet()) {
      Files.writeString(docs.resolve(name + ".md"), page(name, DocsFlavor.MKDOCS));
    }
    SiteTools.Run build = SiteTools.run(dir, 300, "mkdocs", "build", "--strict", "--site-dir", "site");
    assertTrue(build.ok(), "mkdocs build --strict failed:\n" + build.output());
    assertTrue(!build.output().contains("WARNING"), "mkdocs warned:\n" + build.output());
    for (String name : catalogues.keySet()) {
      check(name, "MkDocs", Files.readString(dir.resolve("site").resolve(name + ".html")));
    }
  }

  /** One Docusaurus build for both pages: a build takes tens of seconds. */
  @Test
  void docusaurusBuildsEveryPageThrowingOnBrokenLinksAndAnchors() throws Exception {
    String missing = SiteTools.npmToolsMissing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    Path site = SiteTools.TOOLS.resolve("docusaurus");
    Path docs = site.resolve("docs");
    deleteTree(docs);
    deleteTree(site.resolve("build"));
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("index.md"),
        "---\nslug: /\n---\n\n# Pages\n\n- [Samples](samples.md)\n- [Hostile](hostile.md)\n");
    for (String name : catalogues.keySet()) {
      Files.writeString(docs.resolve(name + ".md"), page(name, DocsFlavor.DOCUSAURUS));
    }
    SiteTools.Run build = SiteTools.run(site, 600,
        SiteTools.node("../node_modules/@docusaurus/core/bin/docusaurus.mjs", "build", "--no-minify"));
    assertTrue(build.ok(), "docusaurus build failed:\n" + build.output());
    assertTrue(!build.output().contains("[WARNING] Docusaurus found broken"), "docusaurus warned:\n" + build.output());
    for (String name : catalogues.keySet()) {
      check(name, "Docusaurus", Files.readString(site.resolve("build").resolve(name).resolve("index.html")));
    }
  }

  private String node(Path dir, String mode, String name, String markdown) throws Exception {
    Path in = dir.resolve(name + "." + mode + ".md");
    Path out = dir.resolve(name + "." + mode + ".html");
    Files.writeString(in, markdown);
    SiteTools.Run run = SiteTools.run(SiteTools.TOOLS, 120,
        SiteTools.node(SiteTools.TOOLS.resolve("render.mjs").toString(), mode, in.toString(), out.toString()));
    assertTrue(run.ok(), mode + " failed on the " + name + " page:\n" + run.output());
    return Files.readString(out);
  }

  /** Every text of the catalogue shows as written, and every in-page link has exactly one target. */
  private void check(String name, String tool, String html) {
    RenderedHtml rendered = new RenderedHtml(html);
    String text = rendered.text();
    for (String expected : texts(catalogues.get(name))) {
      String written = RenderedHtml.collapse(expected);
      assertTrue(text.contains(written), tool + " does not show, on the " + name + " page: " + written);
    }
    List<String> ids = rendered.ids();
    for (String target : rendered.anchorLinks()) {
      assertEquals(1, Collections.frequency(ids, target),
          tool + ", " + name + " page: the link to #" + target + " needs exactly one element with that id");
    }
  }

  /** The texts of a catalogue that the page prints as they are written. */
  private static List<String> texts(Catalogue catalogue) {
    List<String> texts = new ArrayList<>();
    texts.add(catalogue.product());
    for (Metric metric : catalogue.metrics()) {
      texts.add(metric.metric());
      texts.add(metric.purpose());
    }
    for (PolicyConfig.ForbiddenNames forbidden : catalogue.policy().forbid()) {
      texts.add(forbidden.reason());
    }
    for (NamedType type : catalogue.types().values()) {
      if (type.description() != null) {
        texts.add(type.description());
      }
      type.properties().values().forEach(property -> texts.add(property.description()));
    }
    for (EventSpec event : catalogue.events().values()) {
      texts.add(event.emittedWhen());
      texts.add(catalogue.purposeOf(event));
      for (PropertySpec property : event.properties().values()) {
        texts.add(property.description());
        if (property.pattern() != null) {
          texts.add(property.pattern());
        }
      }
    }
    for (Allowance allowance : Allowance.of(catalogue)) {
      texts.add(allowance.reason());
    }
    return texts;
  }

  private static void deleteTree(Path root) throws Exception {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
