package dev.telemetry.processor.options;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every {@code -A} option the processor reads; all are optional. */
public enum ProcessorOption {
  /** Path of the catalogue file; absolute or relative to the working directory. Wins over every other way of finding it. */
  CATALOGUE(
      "telemetry.catalogue",
      "Path of the catalogue file (absolute, or relative to the working directory). Always wins over "
          + "@TelemetryCatalogue; without either, the processor searches src/main/resources/telemetry/ "
          + "for catalogue.yaml, .yml or .json, then the class path and the source path."),
  /** Package of the generated event classes and index. */
  PACKAGE(
      "telemetry.package",
      "Package of the generated event classes and event index. Wins over @TelemetryCatalogue; the "
          + "default is telemetry.<namespace>."),
  /** Whether the documentation of the catalogue is written: {@code true} (the default) or {@code false}. */
  DOCS(
      "telemetry.docs",
      "true (the default) writes the documentation of the catalogue on every compile; false writes none."),
  /** Folder the documentation is written to, instead of the class output. */
  DOCS_DIR(
      "telemetry.docs.dir",
      "Folder for the documentation (absolute, or relative to the project directory, the folder "
          + "above the class output that has src). The default is META-INF/telemetry/docs/ in the "
          + "class output, so the docs ship inside the jar."),
  /** Prefix of the product's environment variables, as named in the documentation. */
  DOCS_ENV_PREFIX(
      "telemetry.docs.envPrefix",
      "Prefix of the product's environment variables that the documentation names (PREFIX_DISABLED, "
          + "PREFIX_LOG_LEVEL); upper-case letters, digits and _, starting with a letter. The default is "
          + "TELEMETRY, as the runtime's."),
  /** Product name the documentation uses. */
  DOCS_PRODUCT(
      "telemetry.docs.product",
      "Product name the documentation uses. The default is the catalogue's product."),
  /** The site generator the Markdown page is written for. */
  DOCS_FLAVOR(
      "telemetry.docs.flavor",
      "The site generator the Markdown page is written for: github (the default; GitHub and other GFM "
          + "renderers), mkdocs (needs the attr_list and admonition extensions) or docusaurus."),
  /** Days before its expiry date that an event is reported as expiring soon. */
  EXPIRY_WARN_DAYS(
      "telemetry.expiry.warnDays",
      "An event whose expiry date is at most this many days away is a TELEMETRY-EXPIRES-SOON warning; a "
          + "whole number of 0 or more. The default is 30."),
  /** The version of the product being built, against which version expiries are compared. */
  PRODUCT_VERSION(
      "telemetry.productVersion",
      "The version of the product being built (Maven: ${project.version}); an event with expires: \"4.0\" "
          + "is expired from version 4.0 on. A qualifier such as -SNAPSHOT is ignored."),
  /** The previous release's published catalogue.json, against which every change must be declared. */
  BASELINE(
      "telemetry.baseline",
      "Path of the previous release's published catalogue.json (absolute, or relative to the working "
          + "directory). Every change in what is collected since then must be declared under changes:.");

  private final String key;
  private final String description;

  ProcessorOption(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** The option name as passed to javac after {@code -A}. */
  public String key() {
    return key;
  }

  /** What the option does and its default, for the manual's options table (docs/processor.md). */
  public String description() {
    return description;
  }

  /** The option's value, or null when it is not set or blank. */
  public String valueIn(Map<String, String> options) {
    String value = options.get(key);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The names of all options, for {@code Processor.getSupportedOptions()}. */
  public static Set<String> keys() {
    return Arrays.stream(values()).map(ProcessorOption::key).collect(Collectors.toUnmodifiableSet());
  }
}
