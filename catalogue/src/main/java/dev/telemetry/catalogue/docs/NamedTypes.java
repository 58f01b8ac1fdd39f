package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the named types that an event's properties use, directly or through other types. */
final class NamedTypes {
  private NamedTypes() {}

  /** The named types reachable from these properties, in order of first use. */
  static List<NamedType> usedBy(Catalogue catalogue, Collection<PropertySpec> properties) {
    Map<String, NamedType> found = new LinkedHashMap<>();
    visit(catalogue, properties, found);
    return List.copyOf(found.values());
  }

  private static void visit(Catalogue catalogue, Collection<PropertySpec> properties, Map<String, NamedType> found) {
    for (PropertySpec property : properties) {
      visit(catalogue, property.type(), found);
    }
  }

  private static void visit(Catalogue catalogue, PropertyType type, Map<String, NamedType> found) {
    if (type instanceof PropertyType.Array array) {
      visit(catalogue, array.items().type(), found);
    } else if (type instanceof PropertyType.Named named && !found.containsKey(named.typeName())) {
      NamedType declared = catalogue.types().get(named.typeName());
      if (declared == null) {
        throw new IllegalArgumentException("the catalogue uses type '" + named.typeName() + "' but does not declare it");
      }
      found.put(declared.name(), declared);
      visit(catalogue, declared.properties().values(), found);
    }
  }
}
