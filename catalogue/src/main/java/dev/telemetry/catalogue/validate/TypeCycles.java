package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds named types that contain themselves, directly or through other types or arrays: such a
 * type has no finite value and no generated record for it could be built.
 */
final class TypeCycles {
  private final Map<String, NamedType> types;

  private TypeCycles(Map<String, NamedType> types) {
    this.types = types;
  }

  /** Reports each cycle once, at the first type of the cycle in declaration order. */
  static void check(Map<String, NamedType> types, Problems problems) {
    TypeCycles cycles = new TypeCycles(types);
    Set<String> reported = new HashSet<>();
    for (NamedType type : types.values()) {
      if (reported.contains(type.name())) {
        continue;
      }
      List<String> cycle = cycles.pathBack(type.name());
      if (cycle != null) {
        reported.addAll(cycle);
        problems.error(ProblemCode.TYPE_CYCLE, type.location(),
            "Named types form a cycle: " + String.join(" -> ", cycle) + " -> " + type.name() + ".",
            "A type cannot contain itself, directly or through other types; remove or change one of these properties.");
      }
    }
  }

  /** A path from {@code start} through referenced types back to {@code start}, or null. */
  private List<String> pathBack(String start) {
    List<String> path = new ArrayList<>();
    path.add(start);
    return search(start, start, path, new LinkedHashSet<>()) ? path : null;
  }

  private boolean search(String start, String current, List<String> path, Set<String> visited) {
    if (!visited.add(current)) {
      return false;
    }
    for (String next : references(current)) {
      if (next.equals(start)) {
        return true;
      }
      path.add(next);
      if (search(start, next, path, visited)) {
        return true;
      }
      path.remove(path.size() - 1);
    }
    return false;
  }

  /** The named types that the properties of {@code typeName} use, in declaration order. */
  private List<String> references(String typeName) {
    List<String> names = new ArrayList<>();
    NamedType type = types.get(typeName);
    if (type == null) {
      return names;
    }
    for (PropertySpec property : type.properties().values()) {
      PropertyType propertyType = property.type();
      if (propertyType instanceof PropertyType.Array array) {
        propertyType = array.items().type();
      }
      if (propertyType instanceof PropertyType.Named named && types.containsKey(named.typeName())) {
        names.add(named.typeName());
      }
    }
    return names;
  }
}
