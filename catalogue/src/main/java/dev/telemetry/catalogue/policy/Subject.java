package dev.telemetry.catalogue.policy;

import java.util.Set;

/**
 * Something that would be sent, described the same way for a catalogue property and for a Java
 * member, so that one policy checks both.
 *
 * @param name the property or member name, in any case style ({@code ownerEmail}, {@code owner_email})
 * @param shape the value's shape (for arrays, the shape of the items)
 * @param typeNames qualified Java type names of the value and all its supertypes (for arrays,
 *     collections and {@code Optional}, of the element); empty for catalogue properties
 * @param hashed whether the value is sent hashed
 * @param constrained whether a string value is constrained by an enum or a pattern
 * @param allowPii the written {@code allow-pii} reason, or null
 * @param rawIdentifier the written {@code raw-identifier} reason, or null
 * @param freeText the written {@code free-text} reason, or null
 * @param markers simple names of the annotations on the member and on its type
 */
public record Subject(
    String name,
    ValueShape shape,
    Set<String> typeNames,
    boolean hashed,
    boolean constrained,
    String allowPii,
    String rawIdentifier,
    String freeText,
    Set<String> markers) {

  public Subject {
    typeNames = Set.copyOf(typeNames);
    markers = Set.copyOf(markers);
  }

  /** A plain named value with no type, markers or reasons: for checks on names alone. */
  public static Subject named(String name, ValueShape shape) {
    return new Subject(name, shape, Set.of(), false, false, null, null, null, Set.of());
  }
}
