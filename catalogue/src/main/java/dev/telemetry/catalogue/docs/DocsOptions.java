package dev.telemetry.catalogue.docs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the documentation is generated. Every field has a default; {@link #defaults()} gives the
 * settings of the reference product, and the {@code with...} methods change one setting each.
 *
 * @param outputDir where {@link DocsGenerator#write(dev.telemetry.catalogue.model.Catalogue)}
 *     writes, or null when the caller writes the files itself (the annotation processor writes
 *     through its {@code Filer}; its option {@code telemetry.docs.dir} sets this folder)
 * @param envPrefix the prefix of the product's environment variables, such as {@code CF_ANALYTICS}
 *     for {@code CF_ANALYTICS_DISABLED}; default {@code TELEMETRY}, as the runtime's
 * @param productName the product named in the pages, or null for the catalogue's {@code product}
 * @param exampleLibrary the library name the example payloads carry ({@code $lib})
 * @param exampleLibraryVersion the library version the example payloads carry ({@code $lib_version})
 * @param exampleGroupKey the group key the example payloads carry when an example has no
 *     {@code group-key} of its own
 * @param exampleTime the time stamp of the example payloads
 * @param flavor the site generator the Markdown page is written for (default {@link DocsFlavor#GITHUB})
 */
public record DocsOptions(
    Path outputDir,
    String envPrefix,
    String productName,
    String exampleLibrary,
    String exampleLibraryVersion,
    String exampleGroupKey,
    Instant exampleTime,
    DocsFlavor flavor) {

  /** The environment prefix when none is given, the same as the runtime's default. */
  public static final String DEFAULT_ENV_PREFIX = "TELEMETRY";

  private static final Pattern ENV_PREFIX = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Checks the settings. */
  public DocsOptions {
    Objects.requireNonNull(envPrefix, "envPrefix");
    Objects.requireNonNull(exampleLibrary, "exampleLibrary");
    Objects.requireNonNull(exampleLibraryVersion, "exampleLibraryVersion");
    Objects.requireNonNull(exampleGroupKey, "exampleGroupKey");
    Objects.requireNonNull(exampleTime, "exampleTime");
    Objects.requireNonNull(flavor, "flavor");
    if (!ENV_PREFIX.matcher(envPrefix).matches()) {
      throw new IllegalArgumentException(
          "the environment prefix '" + envPrefix
              + "' is not a valid variable name prefix; use upper-case letters, digits and '_', such as CF_ANALYTICS");
    }
  }

  /**
   * No output folder, the {@code TELEMETRY} prefix, the catalogue's product name, and example
   * payloads made as the analytics-go fixtures are: library {@code cf-analytics-go} version
   * {@code dev}, group key {@code dep_123}, time {@code 2009-11-10T23:00:00Z}.
   */
  public static DocsOptions defaults() {
    return new DocsOptions(
        null, DEFAULT_ENV_PREFIX, null, "cf-analytics-go", "dev", "dep_123", Instant.parse("2009-11-10T23:00:00Z"),
        DocsFlavor.GITHUB);
  }

  /** These options writing to {@code dir}. */
  public DocsOptions withOutputDir(Path dir) {
    return new DocsOptions(dir, envPrefix, productName, exampleLibrary, exampleLibraryVersion, exampleGroupKey, exampleTime, flavor);
  }

  /** These options with another environment prefix. */
  public DocsOptions withEnvPrefix(String prefix) {
    return new DocsOptions(outputDir, prefix, productName, exampleLibrary, exampleLibraryVersion, exampleGroupKey, exampleTime, flavor);
  }

  /** These options naming another product than the catalogue's. */
  public DocsOptions withProductName(String name) {
    return new DocsOptions(outputDir, envPrefix, name, exampleLibrary, exampleLibraryVersion, exampleGroupKey, exampleTime, flavor);
  }

  /** These options with another library name and version in the example payloads. */
  public DocsOptions withExampleLibrary(String name, String version) {
    return new DocsOptions(outputDir, envPrefix, productName, name, version, exampleGroupKey, exampleTime, flavor);
  }

  /** These options with another default group key in the example payloads. */
  public DocsOptions withExampleGroupKey(String key) {
    return new DocsOptions(outputDir, envPrefix, productName, exampleLibrary, exampleLibraryVersion, key, exampleTime, flavor);
  }

  /** These options with another time stamp in the example payloads. */
  public DocsOptions withExampleTime(Instant time) {
    return new DocsOptions(outputDir, envPrefix, productName, exampleLibrary, exampleLibraryVersion, exampleGroupKey, time, flavor);
  }

  /** These options writing the Markdown page for another site generator. */
  public DocsOptions withFlavor(DocsFlavor other) {
    return new DocsOptions(
        outputDir, envPrefix, productName, exampleLibrary, exampleLibraryVersion, exampleGroupKey, exampleTime, other);
  }
}
