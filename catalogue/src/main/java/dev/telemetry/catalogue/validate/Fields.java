package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Node;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The keys of one mapping of the catalogue, read with the checks every key needs: unknown keys
 * (with the nearest known one suggested), missing keys, and values of the wrong kind.
 */
final class Fields {
  private final Node.Mapping mapping;
  private final String owner;
  private final Location ownerAt;
  private final Problems problems;

  private Fields(Node.Mapping mapping, String owner, Location ownerAt, Problems problems) {
    this.mapping = mapping;
    this.owner = owner;
    this.ownerAt = ownerAt;
    this.problems = problems;
  }

  /**
   * Reads {@code node} as a mapping of {@code known} keys, reporting every other key.
   *
   * @param owner what the mapping is, as it reads after "in": {@code property 'x' of event 'y'}
   * @param ownerAt where a missing key is reported: the key that owns the mapping
   * @return the fields, or null when the node is not a mapping (which is reported)
   */
  static Fields of(Node node, String owner, Location ownerAt, List<String> known, Problems problems) {
    if (!(node instanceof Node.Mapping mapping)) {
      problems.error(ProblemCode.VALUE, node.location(),
          capitalize(owner) + " must be a mapping of keys, but is " + node.describe() + ".",
          "Write it as 'key: value' lines; the keys allowed are: " + String.join(", ", known) + ".");
      return null;
    }
    for (Node.Entry entry : mapping.entries()) {
      if (!known.contains(entry.key())) {
        problems.error(ProblemCode.UNKNOWN_KEY, entry.keyLocation(),
            "Unknown key '" + entry.key() + "' in " + owner + ".",
            Suggestions.didYouMean(entry.key(), known, "The keys allowed here are: " + String.join(", ", known) + "."));
      }
    }
    return new Fields(mapping, owner, ownerAt, problems);
  }

  /** The mapping read. */
  Node.Mapping mapping() {
    return mapping;
  }

  /** The entry for {@code key}, or null. */
  Node.Entry entry(String key) {
    return mapping.get(key);
  }

  /** Whether {@code key} is written (with any value). */
  boolean has(String key) {
    return mapping.get(key) != null;
  }

  /** Reports {@code key} as missing when it is; returns whether it is present. */
  boolean require(String key, String fix) {
    if (has(key)) {
      return true;
    }
    problems.error(ProblemCode.MISSING_KEY, ownerAt, capitalize(owner) + " has no '" + key + "'.", fix);
    return false;
  }

  /**
   * Prose: any non-empty scalar, as written. Null when absent or unusable (reported).
   */
  String text(String key) {
    Node.Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (!(entry.value() instanceof Node.Scalar scalar) || scalar.type() == Node.ScalarType.NULL) {
      wrongKind(entry, "text");
      return null;
    }
    if (scalar.text().isBlank()) {
      problems.error(ProblemCode.VALUE, entry.keyLocation(),
          "'" + key + "' in " + owner + " is empty.", "Write the text after '" + key + ":'.");
      return null;
    }
    return scalar.text();
  }

  /** Prose that must be there. */
  String requiredText(String key, String fix) {
    return require(key, fix) ? text(key) : null;
  }

  /** A word such as a kind, a type or a prefix: text only (not a number or a boolean). */
  String word(String key) {
    Node.Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (!(entry.value() instanceof Node.Scalar scalar) || !scalar.isText() || scalar.text().isBlank()) {
      wrongKind(entry, "text");
      return null;
    }
    return scalar.text();
  }

  /** A boolean, or null when absent or not a boolean (reported). */
  Boolean bool(String key) {
    Node.Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.BOOLEAN) {
      return (Boolean) scalar.value();
    }
    wrongKind(entry, "true or false");
    return null;
  }

  /** A whole number of zero or more, or null when absent or unusable (reported). */
  Integer count(String key) {
    Node.Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.INTEGER) {
      BigInteger value = scalar.integer();
      if (value.signum() >= 0 && value.bitLength() < Integer.SIZE) {
        return value.intValue();
      }
      problems.error(ProblemCode.CONSTRAINT, scalar.location(),
          "'" + key + "' in " + owner + " must be between 0 and " + Integer.MAX_VALUE + ", but is " + scalar.text() + ".",
          "Write a whole number of 0 or more.");
      return null;
    }
    wrongKind(entry, "a whole number");
    return null;
  }

  /** A number, or null when absent or not a number (reported). */
  BigDecimal number(String key) {
    Node.Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof Node.Scalar scalar
        && (scalar.type() == Node.ScalarType.INTEGER || scalar.type() == Node.ScalarType.DECIMAL)) {
      return scalar.decimal();
    }
    wrongKind(entry, "a number");
    return null;
  }

  /** A list, or null when absent or not a list (reported). */
  Node.Sequence sequence(String key) {
    Node.Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof Node.Sequence sequence) {
      return sequence;
    }
    wrongKind(entry, "a list");
    return null;
  }

  /** A mapping, or null when absent or not a mapping (reported). */
  Node.Mapping mappingOf(String key) {
    Node.Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    if (entry.value() instanceof Node.Mapping value) {
      return value;
    }
    wrongKind(entry, "a mapping");
    return null;
  }

  private void wrongKind(Node.Entry entry, String expected) {
    Node value = entry.value();
    Location at = value instanceof Node.Scalar scalar && scalar.type() == Node.ScalarType.NULL
        ? entry.keyLocation()
        : value.location();
    problems.error(ProblemCode.VALUE, at,
        "'" + entry.key() + "' in " + owner + " must be " + expected + ", but is " + value.describe() + ".",
        "Write " + expected + " after '" + entry.key() + ":'.");
  }

  /** The sentence form of an owner description. */
  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
