package dev.telemetry.processor.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a hand-written manual page that a generator owns, between two HTML comments (which
 * GitHub and MkDocs do not show):
 *
 * <pre>
 * &lt;!-- generated: NAME from SOURCE; do not edit, see docs/contributing.md --&gt;
 * ...
 * &lt;!-- end generated: NAME --&gt;
 * </pre>
 *
 * The prose around the region stays the author's; only its inside is replaced.
 */
record GeneratedRegion(Path page, String name) {

  /** The opening marker, with the source named so that a reader knows where to make a change. */
  String begin(String source) {
    return "<!-- generated: " + name + " from " + source + "; do not edit, see docs/contributing.md -->";
  }

  String end() {
    return "<!-- end generated: " + name + " -->";
  }

  /** The committed inside of the region (without the marker lines). */
  String read() throws IOException {
    String text = Files.readString(page, StandardCharsets.UTF_8);
    Bounds bounds = bounds(text);
    return text.substring(bounds.contentStart(), bounds.contentEnd());
  }

  /** Rewrites the page with {@code content} inside the region and the begin marker naming {@code source}. */
  void write(String source, String content) throws IOException {
    String text = Files.readString(page, StandardCharsets.UTF_8);
    Bounds bounds = bounds(text);
    String updated =
        text.substring(0, bounds.beginStart())
            + begin(source)
            + "\n"
            + content
            + text.substring(bounds.contentEnd());
    Files.writeString(page, updated, StandardCharsets.UTF_8);
  }

  private Bounds bounds(String text) {
    String beginPrefix = "<!-- generated: " + name + " from ";
    int beginStart = text.indexOf(beginPrefix);
    if (beginStart < 0 || text.indexOf(beginPrefix, beginStart + 1) >= 0) {
      throw new IllegalStateException(
          page + " must contain exactly one line starting with '" + beginPrefix + "' to mark where the "
              + name + " table goes, and a line '" + end() + "' after it");
    }
    int contentStart = text.indexOf('\n', beginStart) + 1;
    int contentEnd = text.indexOf(end(), contentStart);
    if (contentStart == 0 || contentEnd < 0) {
      throw new IllegalStateException(page + ": the " + name + " region has no closing line '" + end() + "'");
    }
    return new Bounds(beginStart, contentStart, contentEnd);
  }

  private record Bounds(int beginStart, int contentStart, int contentEnd) {}
}
