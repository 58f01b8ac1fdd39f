package dev.telemetry.benchmarks.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated project of {@code n} events: a catalogue with {@code n} events of five properties
 * each (a hashed identifier, an integer, a boolean, a number and an enum), and one annotated record
 * per event that claims it. Event names are made of letters only ({@code bench:item_bcd.done} for
 * event 123), as the catalogue's naming rules ask.
 */
final class SyntheticProject {
  private static final String PACKAGE = "bench.synthetic";

  final Path catalogue;
  final List<Path> sources;

  private SyntheticProject(Path catalogue, List<Path> sources) {
    this.catalogue = catalogue;
    this.sources = sources;
  }

  /** Writes a project of {@code events} events under {@code root}. */
  static SyntheticProject write(Path root, int events) {
    try {
      Path sourceDir = Files.createDirectories(root.resolve("src").resolve(PACKAGE.replace('.', '/')));
      StringBuilder yaml = new StringBuilder()
          .append("catalogue: 1\nnamespace: bench\nproduct: Synthetic\nhashing: sha256\nevents:\n");
      List<Path> sources = new ArrayList<>();
      for (int i = 0; i < events; i++) {
        String word = letters(i);
        String event = "bench:item_" + word + ".done";
        yaml.append("  ").append(event).append(":\n")
            .append("    emitted-when: Item ").append(word).append(" was done\n")
            .append("    purpose: Measures the build cost of one more event.\n")
            .append("    distinct-id: created_by\n")
            .append("    properties:\n")
            .append("      created_by: { type: string, hash: usr, description: Who did it. }\n")
            .append("      items_count: { type: integer, minimum: 0, description: How many items. }\n")
            .append("      enabled: { type: boolean, description: Whether it is on. }\n")
            .append("      ratio: { type: number, minimum: 0, description: A ratio. }\n")
            .append("      mode: { type: enum, values: [fast, slow], description: The mode. }\n");
        String type = "Item" + Character.toUpperCase(word.charAt(0)) + word.substring(1) + "Done";
        Path source = sourceDir.resolve(type + ".java");
        Files.writeString(source, "package " + PACKAGE + ";\n\n"
            + "import dev.telemetry.annotations.TelemetryEvent;\n\n"
            + "/** Synthetic event " + i + ". */\n"
            + "@TelemetryEvent(\"" + event + "\")\n"
            + "public record " + type
            + "(String createdBy, long itemsCount, boolean enabled, double ratio, Mode mode) {\n"
            + "  /** The modes. */\n"
            + "  public enum Mode {\n    /** Fast. */\n    FAST,\n    /** Slow. */\n    SLOW\n  }\n"
            + "}\n");
        sources.add(source);
      }
      Path catalogue = root.resolve("catalogue.yaml");
      Files.writeString(catalogue, yaml);
      return new SyntheticProject(catalogue, sources);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic project under " + root, e);
    }
  }

  // 0 -> "a", 123 -> "bcd": decimal digits spelled as letters.
  private static String letters(int n) {
    String digits = Integer.toString(n);
    StringBuilder word = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      word.append((char) ('a' + (digits.charAt(i) - '0')));
    }
    return word.toString();
  }
}
