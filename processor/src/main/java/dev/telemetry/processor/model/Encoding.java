package dev.telemetry.processor.model;

import dev.telemetry.catalogue.model.PropertySpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * How a checked Java value is written to the runtime's {@code JsonOutput}: the result of matching
 * a Java type against a catalogue type, and all the writer generator needs to know.
 */
public sealed interface Encoding {
  /** A {@code String}, written as is. */
  record Text() implements Encoding {}

  /** {@code int}, {@code long}, {@code short}, {@code byte} or their boxes, written as an integer. */
  record Integral() implements Encoding {}

  /** {@code double}, {@code float} or their boxes, written as a number. */
  record Decimal() implements Encoding {}

  /** {@code boolean} or {@code Boolean}. */
  record Flag() implements Encoding {}

  /** An {@code Instant}, written as an RFC 3339 string. */
  record Timestamp() implements Encoding {}

  /** A {@code Duration}, written as seconds. */
  record Seconds() implements Encoding {}

  /**
   * An identifier written hashed.
   *
   * @param prefix the catalogue's hash prefix
   * @param form the Java form of the identifier
   */
  record Hashed(String prefix, HashedForm form) implements Encoding {}

  /** The Java forms a hashed identifier may take. */
  enum HashedForm {
    /** A String, hashed as a string. */
    TEXT,
    /** A UUID, hashed as its string form. */
    UUID,
    /** A whole number (or its box) of a hashed {@code integer} property, hashed as a number. */
    NUMBER,
    /**
     * A whole number (or its box) of a hashed {@code string} property, hashed as its decimal digits,
     * so that it hashes as the same ID does when it is the event's distinct ID.
     */
    DIGITS
  }

  /**
   * A Java enum written as catalogue values.
   *
   * @param enumType the enum
   * @param valueOfConstant each constant's catalogue value, in constant order
   */
  record EnumConstants(TypeElement enumType, Map<String, String> valueOfConstant) implements Encoding {
    public EnumConstants {
      valueOfConstant = Collections.unmodifiableMap(new LinkedHashMap<>(valueOfConstant));
    }
  }

  /**
   * A String checked against the catalogue's enum values when it is written.
   *
   * @param values the allowed values
   */
  record EnumText(List<String> values) implements Encoding {
    public EnumText {
      values = List.copyOf(values);
    }
  }

  /**
   * A list, set or array, written as a JSON array.
   *
   * @param array whether it is a Java array (otherwise a collection)
   * @param item how each item is read and written
   */
  record Items(boolean array, Value item) implements Encoding {}

  /**
   * A record or class of a named catalogue type, written member by member as an object.
   *
   * @param type the Java type
   * @param catalogueType the catalogue's type name
   * @param fields the members written, in catalogue order
   */
  record Fields(DeclaredType type, String catalogueType, List<Field> fields) implements Encoding {
    public Fields {
      fields = List.copyOf(fields);
    }

    /** The record or class. */
    public TypeElement element() {
      return (TypeElement) type.asElement();
    }
  }

  /**
   * A value together with how its absence is expressed.
   *
   * @param type the Java type of the value itself (inside any {@code Optional})
   * @param presence how absence is expressed
   * @param encoding how the value is written
   * @param spec the catalogue property (or array items) it is written as, whose constraints the
   *     writer checks
   */
  record Value(TypeMirror type, Presence presence, Encoding encoding, PropertySpec spec) {}

  /**
   * One property written from a member.
   *
   * @param property the property name
   * @param member the member it is read from
   * @param value what is read and how it is written
   */
  record Field(String property, Member member, Value value) {}

  /** How a member expresses that an optional value is absent, or that a required one must be there. */
  enum Presence {
    /** A primitive: always there. */
    PRIMITIVE,
    /** A reference to a required value: null rejects the event. */
    REQUIRED,
    /** A reference to an optional value: null omits the property. */
    NULLABLE,
    /** {@code java.util.Optional}: empty omits the property. */
    OPTIONAL,
    /** {@code OptionalInt}. */
    OPTIONAL_INT,
    /** {@code OptionalLong}. */
    OPTIONAL_LONG,
    /** {@code OptionalDouble}. */
    OPTIONAL_DOUBLE
  }
}
