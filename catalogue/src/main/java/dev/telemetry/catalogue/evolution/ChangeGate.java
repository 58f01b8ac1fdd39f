package dev.telemetry.catalogue.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.telemetry.catalogue.docs.DocsGenerator;
import dev.telemetry.catalogue.docs.DocsOptions;
import dev.telemetry.catalogue.docs.EventFiles;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.Change;
import dev.telemetry.catalogue.model.ChangeKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a catalogue with the previous release's published {@code catalogue.json} and finds
 * what its {@code changes} list fails to declare, and what it declares that did not happen.
 */
public final class ChangeGate {
  private ChangeGate() {}

  /** A finding of the gate. */
  public sealed interface Finding {
    /** Where it is reported in the current catalogue. */
    Location location();
  }

  /**
   * A change of more data or a breaking change that no {@code changes} entry declares.
   *
   * @param entry the {@code changes} entry to add, as one YAML line
   */
  public record Undeclared(CatalogueChange change, Location location, String entry) implements Finding {}

  /** A {@code changes} entry, new since the baseline, that matches no difference. */
  public record NotInDiff(Change declared) implements Finding {
    @Override
    public Location location() {
      return declared.location();
    }
  }

  /** The catalogue as it would be published, {@code catalogue.json}. */
  public static JsonNode published(Catalogue catalogue) {
    byte[] json = new DocsGenerator(DocsOptions.defaults()).render(catalogue).get(EventFiles.CATALOGUE_JSON);
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks {@code catalogue} against {@code baseline}.
   *
   * @param version the product version new entries are suggested with ({@code NEXT} when unknown)
   */
  public static List<Finding> check(Catalogue catalogue, JsonNode baseline, String version) {
    List<CatalogueChange> diff = CatalogueDiff.between(baseline, published(catalogue));
    Set<String> declared = new HashSet<>();
    for (Change change : catalogue.changes()) {
      declared.add(change.kind().key() + " " + change.what());
    }
    List<Finding> findings = new ArrayList<>();
    Set<String> happened = new HashSet<>();
    for (CatalogueChange change : diff) {
      happened.add(change.kind().key() + " " + change.what());
      if (change.kind() != ChangeKind.NEUTRAL && !declared.contains(change.kind().key() + " " + change.what())) {
        findings.add(new Undeclared(change, locate(catalogue, change), entry(change, version)));
      }
    }
    Set<String> released = new HashSet<>();
    for (JsonNode entry : baseline.path("changes")) {
      released.add(entry.path("version").asText() + " " + entry.path("what").asText());
    }
    for (Change change : catalogue.changes()) {
      boolean isNew = !released.contains(change.version() + " " + change.what());
      if (isNew && !happened.contains(change.kind().key() + " " + change.what())) {
        findings.add(new NotInDiff(change));
      }
    }
    findings.sort((a, b) -> a.location().line() != b.location().line()
        ? Integer.compare(a.location().line(), b.location().line())
        : Integer.compare(a.location().column(), b.location().column()));
    return List.copyOf(findings);
  }

  /** The entry that declares {@code change}, as one line to paste under {@code changes:}. */
  static String entry(CatalogueChange change, String version) {
    return "- { version: \"" + version + "\", kind: " + change.kind().key() + ", what: '"
        + change.what().replace("'", "''") + "', reason: <why> }";
  }

  /** The line that changed: the property, else its event or type; a removed event has none but the file's. */
  private static Location locate(Catalogue catalogue, CatalogueChange change) {
    Location file = new Location(catalogue.file(), 1, 1);
    if (change.event() != null) {
      EventSpec event = catalogue.events().get(change.event());
      if (event == null) {
        return file;
      }
      PropertySpec property = change.property() == null ? null : event.properties().get(topName(change.property()));
      return property != null ? property.location() : event.location();
    }
    if (change.property() != null) {
      int dot = change.property().indexOf('.');
      NamedType type = dot < 0 ? null : catalogue.types().get(change.property().substring(0, dot));
      if (type != null) {
        PropertySpec property = type.properties().get(topName(change.property().substring(dot + 1)));
        return property != null ? property.location() : type.location();
      }
    }
    return file;
  }

  private static String topName(String path) {
    return path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
  }
}
