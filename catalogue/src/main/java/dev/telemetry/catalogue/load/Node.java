package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A YAML or JSON value as read from a catalogue file, with the place it was written, so that
 * every problem found later can point at it.
 */
public sealed interface Node {
  /** Where the value starts. */
  Location location();

  /** How the value reads in a message: "a mapping", "a list", "the text 'x'", "the number 3". */
  String describe();

  /**
   * A mapping, with its entries in file order (a repeated key keeps its first entry only).
   *
   * @param entries the entries in file order
   * @param location where the mapping starts
   */
  record Mapping(List<Entry> entries, Location location) implements Node {
    /** Creates the mapping. */
    public Mapping {
      entries = List.copyOf(entries);
    }

    /** The entry for {@code key}, or null. */
    public Entry get(String key) {
      for (Entry entry : entries) {
        if (entry.key().equals(key)) {
          return entry;
        }
      }
      return null;
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /**
   * One key of a mapping with its value.
   *
   * @param key the key as text
   * @param keyLocation where the key is written
   * @param value its value
   */
  record Entry(String key, Location keyLocation, Node value) {}

  /**
   * A list.
   *
   * @param items the items in file order
   * @param location where the list starts
   */
  record Sequence(List<Node> items, Location location) implements Node {
    /** Creates the list. */
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar value.
   *
   * @param type what kind of scalar YAML or JSON made of it
   * @param text the text as written (for text, the text itself)
   * @param value a String, BigInteger, BigDecimal or Boolean; null for {@link ScalarType#NULL}
   * @param location where the value is written
   */
  record Scalar(ScalarType type, String text, Object value, Location location) implements Node {
    /** Whether this scalar is text. */
    public boolean isText() {
      return type == ScalarType.TEXT;
    }

    /** The value as a BigInteger, for {@link ScalarType#INTEGER} scalars. */
    public BigInteger integer() {
      return (BigInteger) value;
    }

    /** The value as a BigDecimal, for integer and decimal scalars. */
    public BigDecimal decimal() {
      return value instanceof BigInteger big ? new BigDecimal(big) : (BigDecimal) value;
    }

    @Override
    public String describe() {
      return switch (type) {
        case TEXT -> "the text '" + text + "'";
        case INTEGER, DECIMAL -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "an empty value";
      };
    }
  }

  /** The kinds of scalar. */
  enum ScalarType {
    TEXT,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }
}
