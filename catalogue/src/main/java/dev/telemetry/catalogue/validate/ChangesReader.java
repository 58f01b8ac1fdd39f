package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Node;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.Change;
import dev.telemetry.catalogue.model.ChangeKind;
import java.util.ArrayList;
import java.util.List;

/** Reads the catalogue's {@code changes} list: version, kind, what and reason, all required. */
final class ChangesReader {
  static final List<String> KEYS = List.of("version", "kind", "what", "reason");
  private static final List<String> KINDS = List.of(ChangeKind.MORE_DATA.key(), ChangeKind.BREAKING.key());

  private ChangesReader() {}

  static List<Change> read(Fields top, Problems problems) {
    List<Change> changes = new ArrayList<>();
    Node.Sequence list = top.sequence("changes");
    for (Node item : list == null ? List.<Node>of() : list.items()) {
      Fields fields = Fields.of(item, "a changes entry", item.location(), KEYS, problems);
      if (fields == null) {
        continue;
      }
      // Any scalar as written: an unquoted 4.10 keeps its text.
      String version = fields.requiredText("version", "Add 'version: \"1.1\"', the product version that makes the change.");
      String kindWritten = fields.require("kind", "Add 'kind: more-data' or 'kind: breaking'.") ? fields.word("kind") : null;
      String what = fields.requiredText("what", "Add 'what:' with the change as the change gate names it.");
      String reason = fields.requiredText("reason", "Add 'reason:' saying why the change is made; the changelog publishes it.");
      ChangeKind kind = kindWritten == null ? null : ChangeKind.byKey(kindWritten);
      if (kindWritten != null && (kind == null || kind == ChangeKind.NEUTRAL)) {
        problems.error(ProblemCode.VALUE, fields.entry("kind").value().location(),
            "Unknown change kind '" + kindWritten + "'; the kinds to declare are more-data and breaking.",
            Suggestions.didYouMean(kindWritten, KINDS, "Use more-data or breaking; neutral changes need no entry."));
        kind = null;
      }
      if (version != null && kind != null && what != null && reason != null) {
        changes.add(new Change(version.strip(), kind, what.strip(), reason, item.location()));
      }
    }
    return List.copyOf(changes);
  }
}
