package dev.telemetry.catalogue.policy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reading the type names of a {@link Subject}: type arguments dropped, in a stable order. */
final class TypeNames {
  private TypeNames() {}

  /** The subject's type names without type arguments, sorted, so that findings come out in a stable order. */
  static List<String> of(Subject subject) {
    Set<String> erased = new TreeSet<>();
    for (String name : subject.typeNames()) {
      erased.add(erase(name));
    }
    return List.copyOf(erased);
  }

  /** The name without type arguments: {@code java.util.Map<K, V>} is {@code java.util.Map}. */
  static String erase(String name) {
    int angle = name.indexOf('<');
    return (angle < 0 ? name : name.substring(0, angle)).strip();
  }

  /** The simple name: {@code com.example.Contact$EmailAddress} is {@code EmailAddress}. */
  static String simpleName(String qualifiedName) {
    int cut = Math.max(qualifiedName.lastIndexOf('.'), qualifiedName.lastIndexOf('$'));
    return qualifiedName.substring(cut + 1);
  }

  /**
   * Whether the type is one of the platform's own (its name says nothing about the data) or one of
   * the {@link Subject} conventions rather than a declared type.
   */
  static boolean platformOrConvention(String qualifiedName) {
    return qualifiedName.startsWith("java.")
        || qualifiedName.startsWith("javax.")
        || qualifiedName.startsWith("jdk.")
        || qualifiedName.startsWith("sun.")
        || qualifiedName.startsWith("com.sun.")
        || qualifiedName.startsWith(Subject.RAW_TYPE_PREFIX)
        || qualifiedName.endsWith("[]");
  }
}
