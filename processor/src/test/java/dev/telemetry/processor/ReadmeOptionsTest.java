package dev.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.telemetry.processor.options.ProcessorOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and {@code docs/} are the user's manual: every {@code -Atelemetry.*} option they tell
 * users to pass is one the processor reads, and every option the processor reads is in the options
 * table.
 */
class ReadmeOptionsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path DOCS = Path.of("..", "docs");

  /** {@code -Atelemetry.key}: dot-separated words, so a full stop that ends a sentence is not part of it. */
  private static final Pattern OPTION_USE = Pattern.compile("-A(telemetry(?:\\.[A-Za-z]+)+)");

  @Test
  void everyOptionTheReadmeShowsIsOneTheProcessorReads() throws IOException {
    Set<String> shown = new TreeSet<>();
    Matcher use = OPTION_USE.matcher(readme());
    while (use.find()) {
      shown.add(use.group(1));
    }

    assertThat(shown).isNotEmpty();
    assertThat(ProcessorOption.keys()).containsAtLeastElementsIn(shown);
  }

  @Test
  void everyOptionTheProcessorReadsIsInTheReadmeOptionsTable() throws IOException {
    String readme = readme();
    for (String key : ProcessorOption.keys()) {
      assertThat(readme).contains("| `" + key + "` |");
    }
  }

  private static String readme() throws IOException {
    StringBuilder manual = new StringBuilder(Files.readString(README));
    try (Stream<Path> pages = Files.list(DOCS)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        manual.append('\n').append(Files.readString(page));
      }
    }
    return manual.toString();
  }
}
