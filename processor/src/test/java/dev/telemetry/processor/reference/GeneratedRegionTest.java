package dev.telemetry.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated region replaces only its own inside, and a page without its markers is an error. */
class GeneratedRegionTest {
  @TempDir Path dir;

  @Test
  void writingReplacesOnlyTheInsideOfTheRegion() throws IOException {
    Path page = dir.resolve("page.md");
    GeneratedRegion region = new GeneratedRegion(page, "codes");
    Files.writeString(
        page, "# Title\n\nProse before.\n\n" + region.begin("Old") + "\n| stale |\n" + region.end() + "\n\nProse after.\n");

    region.write("Codes", "| code |\n|---|\n| `A` |\n");

    assertEquals("| code |\n|---|\n| `A` |\n", region.read());
    assertEquals(
        "# Title\n\nProse before.\n\n" + region.begin("Codes") + "\n| code |\n|---|\n| `A` |\n" + region.end()
            + "\n\nProse after.\n",
        Files.readString(page));
  }

  @Test
  void aPageWithoutTheMarkersSaysWhatToAdd() throws IOException {
    Path page = dir.resolve("page.md");
    Files.writeString(page, "# Title\n");

    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> new GeneratedRegion(page, "codes").read());

    assertTrue(missing.getMessage().contains("<!-- generated: codes from "), missing.getMessage());
    assertTrue(missing.getMessage().contains("<!-- end generated: codes -->"), missing.getMessage());
  }

  @Test
  void descriptorTextCannotBreakTheTable() {
    assertEquals("a \\| b &lt;namespace&gt; \\*_id", MarkdownTable.text("a | b <namespace> *_id"));
  }
}
