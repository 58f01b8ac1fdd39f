package dev.telemetry.catalogue.model;

import java.util.List;

/** The declared type of a property or of an array's items. */
public sealed interface PropertyType {
  /** The type as written in the catalogue ({@code string}, {@code enum}, {@code array}, or a type name). */
  String key();

  /** A scalar type. */
  record Scalar(ScalarKind kind) implements PropertyType {
    @Override
    public String key() {
      return kind.key();
    }
  }

  /** An enum with its values in declaration order. */
  record Enum(List<String> values) implements PropertyType {
    public Enum {
      values = List.copyOf(values);
    }

    @Override
    public String key() {
      return "enum";
    }
  }

  /**
   * An array of items.
   *
   * @param items the item type with its constraints (its name is {@code "[]"}, its description may be null)
   * @param maxItems the most items allowed, or null for no bound
   */
  record Array(PropertySpec items, Integer maxItems) implements PropertyType {
    @Override
    public String key() {
      return "array";
    }
  }

  /** A reference to a named object type of the catalogue's {@code types}. */
  record Named(String typeName) implements PropertyType {
    @Override
    public String key() {
      return typeName;
    }
  }
}
