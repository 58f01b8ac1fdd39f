package dev.telemetry.processor.docs;

import dev.telemetry.catalogue.docs.DocsFlavor;
import dev.telemetry.catalogue.docs.DocsOptions;
import dev.telemetry.processor.options.ProcessorOption;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the {@code -Atelemetry.docs*} options ask for: no docs, docs written somewhere, or options that cannot be used. */
public sealed interface DocsSettings {
  /** {@code -Atelemetry.docs=false}: no documentation. */
  record Off() implements DocsSettings {}

  /**
   * Write the documentation.
   *
   * @param directory the folder as given by {@code telemetry.docs.dir}, or null for the class output
   * @param options how the generator renders the pages
   */
  record Write(Path directory, DocsOptions options) implements DocsSettings {}

  /** At least one option has a value that cannot be used; nothing is written. */
  record Invalid(List<InvalidOption> problems) implements DocsSettings {}

  /**
   * One option that cannot be used.
   *
   * @param option the option
   * @param value its value
   * @param rule what a valid value is
   * @param fix what to do
   */
  record InvalidOption(ProcessorOption option, String value, String rule, String fix) {}

  /** Reads the settings from javac's {@code -A} options. */
  static DocsSettings read(Map<String, String> options) {
    List<InvalidOption> problems = new ArrayList<>();
    String enabled = ProcessorOption.DOCS.valueIn(options);
    if (enabled != null && !enabled.equalsIgnoreCase("true") && !enabled.equalsIgnoreCase("false")) {
      problems.add(new InvalidOption(ProcessorOption.DOCS, enabled, "the value is true or false",
          "pass -Atelemetry.docs=false to turn the documentation off, or leave the option out."));
    } else if ("false".equalsIgnoreCase(enabled)) {
      return new Off();
    }
    DocsOptions docs = DocsOptions.defaults();
    String prefix = ProcessorOption.DOCS_ENV_PREFIX.valueIn(options);
    if (prefix != null) {
      try {
        docs = docs.withEnvPrefix(prefix);
      } catch (IllegalArgumentException e) {
        problems.add(new InvalidOption(ProcessorOption.DOCS_ENV_PREFIX, prefix,
            "an environment variable prefix starts with an upper-case letter and holds only upper-case "
                + "letters, digits and _",
            prefixFix(prefix)));
      }
    }
    String product = ProcessorOption.DOCS_PRODUCT.valueIn(options);
    if (product != null) {
      docs = docs.withProductName(product);
    }
    String flavor = ProcessorOption.DOCS_FLAVOR.valueIn(options);
    if (flavor != null) {
      try {
        docs = docs.withFlavor(DocsFlavor.of(flavor));
      } catch (IllegalArgumentException e) {
        problems.add(new InvalidOption(ProcessorOption.DOCS_FLAVOR, flavor, "the value is github, mkdocs or docusaurus",
            "pass -Atelemetry.docs.flavor=mkdocs or docusaurus for those sites, or leave the option out for GitHub."));
      }
    }
    Path directory = null;
    String dir = ProcessorOption.DOCS_DIR.valueIn(options);
    if (dir != null) {
      try {
        directory = Path.of(dir);
      } catch (InvalidPathException e) {
        problems.add(new InvalidOption(ProcessorOption.DOCS_DIR, dir, "it is not a path on this system (" + e.getReason() + ")",
            "name a folder, absolute or relative to the project directory."));
      }
    }
    return problems.isEmpty() ? new Write(directory, docs) : new Invalid(List.copyOf(problems));
  }

  /** Suggests the prefix the user probably meant, when there is a valid one close to it. */
  private static String prefixFix(String prefix) {
    String upper = prefix.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (!upper.matches("[A-Z][A-Z0-9_]*")) {
      return "use upper-case letters, digits and _, such as CF_ANALYTICS.";
    }
    return "use " + upper + ", which names the variables " + upper + "_DISABLED and " + upper + "_LOG_LEVEL.";
  }
}
