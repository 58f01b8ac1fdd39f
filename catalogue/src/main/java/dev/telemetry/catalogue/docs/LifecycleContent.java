package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.DataCategory;
import dev.telemetry.catalogue.model.Expiry;
import dev.telemetry.catalogue.model.Lifecycle;
import java.util.ArrayList;
import java.util.List;

/** An event's owner, expiry and data category, as its section of the page states them. */
final class LifecycleContent {
  private LifecycleContent() {}

  /** One paragraph per declared key; none for an event that declares none. */
  static List<Block> blocks(Lifecycle lifecycle) {
    List<Block> blocks = new ArrayList<>();
    if (lifecycle.owner() != null) {
      blocks.add(new Block.Paragraph(List.of(Inline.strong("Owner:"), Inline.text(" "), Inline.code(lifecycle.owner()),
          Inline.text(" (the team answerable for the event)."))));
    }
    Expiry expiry = lifecycle.expiry();
    if (expiry != null) {
      List<Inline> line = new ArrayList<>(List.of(Inline.strong("Collected until:"), Inline.text(" ")));
      if (expiry instanceof Expiry.OnDate onDate) {
        line.add(Inline.text(onDate.date() + "; the product stops sending it after that day."));
      } else if (expiry instanceof Expiry.AtVersion atVersion) {
        line.add(Inline.text("version " + atVersion.version() + "; from that version on, the product no longer sends it."));
      } else {
        line.add(Inline.text("no expiry."));
      }
      if (expiry.reason() != null) {
        line.add(Inline.text(" " + expiry.reason()));
      }
      blocks.add(new Block.Paragraph(line));
    }
    if (lifecycle.dataCategory() != null) {
      String meaning = lifecycle.dataCategory() == DataCategory.TECHNICAL
          ? " (data about the product itself, such as versions, settings and errors)."
          : " (how the product is used, such as which features are used and how often).";
      blocks.add(new Block.Paragraph(List.of(Inline.strong("Data category:"), Inline.text(" " + lifecycle.dataCategory().key()
          + meaning))));
    }
    return blocks;
  }
}
