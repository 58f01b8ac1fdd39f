package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Problem;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.policy.Finding;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import dev.telemetry.catalogue.policy.Subject;
import dev.telemetry.catalogue.policy.ValueShape;
import java.util.Set;

/** Applies the personal-data policy to catalogue properties and turns its findings into problems. */
final class PolicyCheck {
  private final PersonalDataPolicy policy;
  private final Problems problems;

  PolicyCheck(PersonalDataPolicy policy, Problems problems) {
    this.policy = policy;
    this.problems = problems;
  }

  /**
   * Checks one property; {@code owner} ("Event 'x'" or "Type 'y'") prefixes each finding's
   * message, so the user sees where the property is declared.
   */
  void check(String owner, PropertySpec property) {
    for (Finding finding : policy.check(subject(property))) {
      Problem problem = new Problem(finding.code(), property.location(), owner + ": " + finding.message(), finding.fix());
      switch (finding.severity()) {
        case ERROR -> problems.error(problem);
        case WARNING -> problems.warning(problem);
        case OFF -> { }
      }
    }
  }

  /**
   * The policy's view of a property. For an array it is the items that are sent, so the shape,
   * hashing and constraints are those of the items, under the array's name and reasons.
   */
  static Subject subject(PropertySpec property) {
    PropertySpec value = property.type() instanceof PropertyType.Array array ? array.items() : property;
    return new Subject(property.name(), shape(value.type()), Set.of(), property.hashed() || value.hashed(),
        value.type() instanceof PropertyType.Enum || value.pattern() != null, property.allowPii(),
        property.rawIdentifier(), property.freeText(), Set.of());
  }

  private static ValueShape shape(PropertyType type) {
    if (type instanceof PropertyType.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> ValueShape.STRING;
        case INTEGER -> ValueShape.INTEGER;
        case NUMBER -> ValueShape.NUMBER;
        case BOOLEAN -> ValueShape.BOOLEAN;
        case TIMESTAMP -> ValueShape.TIMESTAMP;
        case DURATION -> ValueShape.DURATION;
      };
    }
    if (type instanceof PropertyType.Enum) {
      return ValueShape.ENUM;
    }
    if (type instanceof PropertyType.Named) {
      return ValueShape.OBJECT;
    }
    return type instanceof PropertyType.Array ? ValueShape.ARRAY : ValueShape.OTHER;
  }
}
