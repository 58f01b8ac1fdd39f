package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import dev.telemetry.catalogue.policy.PolicyRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the documentation of a catalogue: what the product collects, why, how it is
 * anonymised and how to turn it off. The files, by relative path:
 *
 * <ul>
 *   <li>{@code telemetry.md}: the page as Markdown for a documentation site;
 *   <li>{@code telemetry.html}: the same page as one self-contained HTML file with a filter box;
 *   <li>{@code catalogue.json}: the catalogue for other tools (events, properties,
 *       classification, purposes, metrics, policy);
 *   <li>{@code schemas/<event>.schema.json}: the JSON Schema (2020-12) of each event as sent (one element of the batch);
 *   <li>{@code examples/<event>.json}: the exact batch body the runtime sends for each event's
 *       {@code example}, encoded by the runtime's own encoder.
 * </ul>
 *
 * <p>Output is deterministic: the same catalogue and options give the same bytes, with no time
 * stamps and {@code \n} line endings, so a published copy can be diffed against a fresh one.
 */
public final class DocsGenerator {
  private final DocsOptions options;

  /** A generator with these options. */
  public DocsGenerator(DocsOptions options) {
    this.options = options;
  }

  /** The options in use. */
  public DocsOptions options() {
    return options;
  }

  /**
   * Every file, by relative path with {@code /} separators, in a fixed order (pages, catalogue
   * JSON, then each event's schema and example in declaration order). The annotation processor
   * writes these through its {@code Filer}.
   */
  public Map<String, byte[]> render(Catalogue catalogue) {
    List<PolicyRule> rules = PersonalDataPolicy.of(catalogue.policy()).rules();
    Map<String, byte[]> batches = ExampleBatches.encode(catalogue, options);
    String product = options.productName() != null ? options.productName() : catalogue.product();
    List<Block> page = PageContent.build(catalogue, options, rules, batches);

    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(EventFiles.MARKDOWN, utf8(MarkdownWriter.render(page, options.flavor())));
    files.put(EventFiles.HTML, utf8(HtmlWriter.render(product + " telemetry", page)));
    CatalogueJsonRenderer catalogueJson = new CatalogueJsonRenderer(catalogue, rules, batches.keySet());
    files.put(EventFiles.CATALOGUE_JSON, utf8(PrettyJson.print(catalogueJson.render(product))));
    JsonSchemaRenderer schemas = new JsonSchemaRenderer(catalogue);
    for (EventSpec event : catalogue.events().values()) {
      files.put(EventFiles.schema(event.name()), utf8(PrettyJson.print(schemas.schema(event))));
    }
    for (Map.Entry<String, byte[]> batch : batches.entrySet()) {
      files.put(EventFiles.example(batch.getKey()), batch.getValue());
    }
    return Collections.unmodifiableMap(files);
  }

  /**
   * Writes every file under the options' output folder.
   *
   * @throws IllegalStateException when the options name no output folder
   */
  public List<Path> write(Catalogue catalogue) throws IOException {
    if (options.outputDir() == null) {
      throw new IllegalStateException(
          "no output folder is set; use DocsOptions.withOutputDir(dir) or write(catalogue, dir)");
    }
    return write(catalogue, options.outputDir());
  }

  /**
   * Writes every file under {@code dir}, creating folders as needed and replacing files that
   * exist; files that this catalogue no longer produces are left alone.
   *
   * @return the files written, in {@link #render} order
   */
  public List<Path> write(Catalogue catalogue, Path dir) throws IOException {
    Map<String, byte[]> files = render(catalogue);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
      written.add(target);
    }
    return List.copyOf(written);
  }

  /**
   * The command line for docs pipelines: {@code --catalogue FILE --out DIR [--env-prefix PREFIX]
   * [--product NAME]}. Exits with 0 when the docs were written, 1 when the catalogue is invalid
   * (problems printed as file:line:column), 2 on wrong arguments.
   */
  public static void main(String[] args) {
    int status = DocsCommand.run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
