package dev.telemetry.samples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the published telemetry docs of the sample are, for the line the sample prints. */
public final class DocsLocation {
  private static final List<Path> CANDIDATES = List.of(Path.of("samples", "site"), Path.of("site"));

  private DocsLocation() {}

  /**
   * The folder {@code samples/site} as seen from {@code workingDirectory} (the repository root or
   * the samples folder), or a hint when the sample runs elsewhere.
   */
  public static String describe(Path workingDirectory) {
    for (Path candidate : CANDIDATES) {
      Path site = workingDirectory.resolve(candidate);
      if (Files.isRegularFile(site.resolve("telemetry.md"))) {
        return "published telemetry docs: " + site.toAbsolutePath().normalize()
            + " (telemetry.md, telemetry.html, catalogue.json, schemas/, examples/)";
      }
    }
    return "published telemetry docs: samples/site/ in the source tree"
        + " (every build regenerates them in samples/target/telemetry-docs/)";
  }
}
