package dev.telemetry.catalogue.policy;

import java.util.Objects;
import java.util.Set;

/**
 * Something that would be sent, described the same way for a catalogue property and for a Java
 * member, so that one policy checks both.
 *
 * <p>Conventions for {@code typeNames}: a raw collection or map (a {@code List} with no type
 * argument) is its qualified name after {@link #RAW_TYPE_PREFIX} ({@code raw:java.util.List}); a
 * {@code char[]} is {@link #CHAR_ARRAY}; type arguments ({@code <...>}) are ignored. A blank reason
 * counts as no reason.
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

  /** Prefix of a type name that stands for a raw (unparameterised) generic type: {@code raw:java.util.List}. */
  public static final String RAW_TYPE_PREFIX = "raw:";

  /** The type name of a {@code char[]} value, the JDK's idiom for passwords. */
  public static final String CHAR_ARRAY = "char[]";

  /** Requires a name and a shape; copies the sets (null sets are empty). */
  public Subject {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shape, "shape");
    typeNames = typeNames == null ? Set.of() : Set.copyOf(typeNames);
    markers = markers == null ? Set.of() : Set.copyOf(markers);
  }

  /** A plain named value with no type, markers or reasons: for checks on names alone. */
  public static Subject named(String name, ValueShape shape) {
    return new Subject(name, shape, Set.of(), false, false, null, null, null, Set.of());
  }

  /** Whether a non-blank {@code allow-pii} reason is recorded. */
  public boolean hasAllowPiiReason() {
    return written(allowPii);
  }

  /** Whether a non-blank {@code raw-identifier} reason is recorded. */
  public boolean hasRawIdentifierReason() {
    return written(rawIdentifier);
  }

  /** Whether a non-blank {@code free-text} reason is recorded. */
  public boolean hasFreeTextReason() {
    return written(freeText);
  }

  private static boolean written(String reason) {
    return reason != null && !reason.isBlank();
  }
}
