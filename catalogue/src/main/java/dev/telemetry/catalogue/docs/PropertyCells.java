package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The cells of one row of a property table: type, constraints, required, hashed, description. */
final class PropertyCells {
  private final String eventName;

  /** Cells for the properties of one event (links to named types point into its section). */
  PropertyCells(String eventName) {
    this.eventName = eventName;
  }

  /** The table headers, in the order of {@link #row}. */
  static List<String> headers() {
    return List.of("Property", "Type", "Constraints", "Required", "Hashed", "Description");
  }

  /** One table row. */
  List<List<Inline>> row(PropertySpec property) {
    return List.of(
        List.of(Inline.code(property.name())),
        type(property.type()),
        constraints(property),
        List.of(Inline.text(property.required() ? "yes" : "no")),
        hashed(property),
        List.of(Inline.text(property.description() == null ? "" : property.description())));
  }

  private List<Inline> type(PropertyType type) {
    List<Inline> cell = new ArrayList<>();
    if (type instanceof PropertyType.Scalar scalar) {
      cell.add(Inline.code(scalar.key()));
      switch (scalar.kind()) {
        case TIMESTAMP -> cell.add(Inline.text(" (RFC 3339 text, UTC)"));
        case DURATION -> cell.add(Inline.text(" (a number of seconds)"));
        default -> { }
      }
    } else if (type instanceof PropertyType.Enum enumType) {
      cell.add(Inline.code("enum"));
      cell.add(Inline.text(": "));
      for (int i = 0; i < enumType.values().size(); i++) {
        if (i > 0) {
          cell.add(Inline.text(", "));
        }
        cell.add(Inline.code(enumType.values().get(i)));
      }
    } else if (type instanceof PropertyType.Array array) {
      cell.add(Inline.text("array of "));
      cell.addAll(type(array.items().type()));
    } else if (type instanceof PropertyType.Named named) {
      cell.add(Inline.text("object "));
      cell.add(Inline.anchorLink(Inline.code(named.typeName()), EventFiles.typeAnchor(eventName, named.typeName())));
    }
    return cell;
  }

  private static List<Inline> constraints(PropertySpec property) {
    List<List<Inline>> parts = new ArrayList<>();
    addOwnConstraints(property, parts);
    if (property.type() instanceof PropertyType.Array array) {
      if (array.maxItems() != null) {
        parts.add(List.of(Inline.text("at most " + array.maxItems() + " items")));
      }
      List<List<Inline>> itemParts = new ArrayList<>();
      addOwnConstraints(array.items(), itemParts);
      if (!itemParts.isEmpty()) {
        List<Inline> each = new ArrayList<>();
        each.add(Inline.text("each item: "));
        each.addAll(join(itemParts));
        parts.add(each);
      }
    }
    return parts.isEmpty() ? List.of(Inline.text("none")) : join(parts);
  }

  private static void addOwnConstraints(PropertySpec property, List<List<Inline>> parts) {
    if (property.pattern() != null) {
      parts.add(List.of(Inline.text("pattern "), Inline.code(property.pattern())));
    }
    if (property.maxLength() != null) {
      parts.add(List.of(Inline.text("at most " + property.maxLength() + " characters")));
    }
    if (property.minimum() != null) {
      parts.add(List.of(Inline.text("minimum " + plain(property.minimum()))));
    }
    if (property.maximum() != null) {
      parts.add(List.of(Inline.text("maximum " + plain(property.maximum()))));
    }
  }

  private static List<Inline> join(List<List<Inline>> parts) {
    List<Inline> joined = new ArrayList<>();
    for (List<Inline> part : parts) {
      if (!joined.isEmpty()) {
        joined.add(Inline.text("; "));
      }
      joined.addAll(part);
    }
    return joined;
  }

  private static List<Inline> hashed(PropertySpec property) {
    PropertySpec subject = property;
    String prefix = "";
    if (property.type() instanceof PropertyType.Array array && array.items().hashed()) {
      subject = array.items();
      prefix = "each item, ";
    }
    if (subject.hashed()) {
      return List.of(Inline.text(prefix + "yes, sent as "), Inline.code(subject.hash() + "_<hash>"));
    }
    if (subject.rawIdentifier() != null) {
      return List.of(
          Inline.text("no: "),
          Inline.anchorLink(Inline.text("raw identifier"), PageContent.ALLOWANCES_ANCHOR));
    }
    return List.of(Inline.text("no"));
  }

  /** A number as written, without exponent or trailing zeros. */
  static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
