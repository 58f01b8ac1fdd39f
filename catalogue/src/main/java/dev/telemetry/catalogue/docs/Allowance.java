package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One written exception to the personal-data policy, published so that nothing is excepted
 * silently.
 *
 * @param owner the event name, or the named type, that declares the property
 * @param ownerIsType whether {@code owner} is a named type rather than an event
 * @param path the property path inside its owner, such as {@code request_id} or {@code targets[]}
 * @param kind which exception
 * @param reason the reason written in the catalogue
 */
public record Allowance(String owner, boolean ownerIsType, String path, Kind kind, String reason) {

  /** The kinds of written exception, with the catalogue key that records each. */
  public enum Kind {
    /** A name the policy forbids, allowed for this property. */
    ALLOW_PII("allow-pii", "allowed although the name looks personal"),
    /** An identifier sent unhashed. */
    RAW_IDENTIFIER("raw-identifier", "identifier sent unhashed"),
    /** A string without enum or pattern. */
    FREE_TEXT("free-text", "unconstrained text");

    private final String key;
    private final String meaning;

    Kind(String key, String meaning) {
      this.key = key;
      this.meaning = meaning;
    }

    /** The catalogue key, such as {@code raw-identifier}. */
    public String key() {
      return key;
    }

    /** What the exception means, in a few words. */
    public String meaning() {
      return meaning;
    }
  }

  /** Every exception in the catalogue: events in declaration order, then named types. */
  public static List<Allowance> of(Catalogue catalogue) {
    List<Allowance> found = new ArrayList<>();
    for (EventSpec event : catalogue.events().values()) {
      collect(event.name(), false, "", event.properties(), found);
    }
    for (NamedType type : catalogue.types().values()) {
      collect(type.name(), true, "", type.properties(), found);
    }
    return List.copyOf(found);
  }

  private static void collect(
      String owner, boolean ownerIsType, String prefix, Map<String, PropertySpec> properties, List<Allowance> found) {
    for (PropertySpec property : properties.values()) {
      collect(owner, ownerIsType, prefix + property.name(), property, found);
    }
  }

  private static void collect(
      String owner, boolean ownerIsType, String path, PropertySpec property, List<Allowance> found) {
    add(owner, ownerIsType, path, Kind.ALLOW_PII, property.allowPii(), found);
    add(owner, ownerIsType, path, Kind.RAW_IDENTIFIER, property.rawIdentifier(), found);
    add(owner, ownerIsType, path, Kind.FREE_TEXT, property.freeText(), found);
    if (property.type() instanceof PropertyType.Array array) {
      collect(owner, ownerIsType, path + "[]", array.items(), found);
    }
  }

  private static void add(
      String owner, boolean ownerIsType, String path, Kind kind, String reason, List<Allowance> found) {
    if (reason != null) {
      found.add(new Allowance(owner, ownerIsType, path, kind, reason));
    }
  }
}
