package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.lifecycle.ProductVersion;
import dev.telemetry.catalogue.model.Change;
import dev.telemetry.catalogue.model.ChangeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What changed in what we collect": the catalogue's {@code changes}, one entry per version,
 * newest first, each change with its kind and reason.
 */
final class ChangelogContent {
  /** The anchor of the changelog section. */
  static final String ANCHOR = "changes";

  private ChangelogContent() {}

  /** The section's blocks, or none when the catalogue declares no changes. */
  static List<Block> blocks(List<Change> changes) {
    if (changes.isEmpty()) {
      return List.of();
    }
    Map<String, List<Change>> byVersion = new LinkedHashMap<>();
    for (Change change : changes) {
      byVersion.computeIfAbsent(change.version(), key -> new ArrayList<>()).add(change);
    }
    List<String> versions = new ArrayList<>(byVersion.keySet());
    sortNewestFirst(versions);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(2, ANCHOR, List.of(Inline.text("What changed in what we collect"))));
    blocks.add(new Block.Paragraph(List.of(Inline.text("Every change that makes the product collect more, or that "
        + "changes the shape of what it sends, is declared in the catalogue with its reason, and the build fails on "
        + "one that is not. Newest first:"))));
    for (String version : versions) {
      blocks.add(new Block.Heading(3, "changes-" + anchorOf(version), List.of(Inline.text("Version " + version))));
      List<List<Inline>> items = new ArrayList<>();
      for (Change change : byVersion.get(version)) {
        items.add(List.of(Inline.strong(label(change.kind()) + ":"), Inline.text(" " + change.what() + ". "),
            Inline.text(change.reason())));
      }
      blocks.add(new Block.Bullets(items));
    }
    return blocks;
  }

  private static String label(ChangeKind kind) {
    return kind == ChangeKind.MORE_DATA ? "More data" : kind == ChangeKind.BREAKING ? "Changed or removed" : "Other";
  }

  /** Versions by number, newest first; versions that are not numbers keep their order, after them. */
  private static void sortNewestFirst(List<String> versions) {
    List<String> numbered = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String version : versions) {
      try {
        ProductVersion.parse(version);
        numbered.add(version);
      } catch (IllegalArgumentException e) {
        others.add(version);
      }
    }
    numbered.sort(Collections.reverseOrder((a, b) -> ProductVersion.parse(a).compareTo(ProductVersion.parse(b))));
    Collections.reverse(others);
    versions.clear();
    versions.addAll(others);
    versions.addAll(numbered);
  }

  private static String anchorOf(String version) {
    return version.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
