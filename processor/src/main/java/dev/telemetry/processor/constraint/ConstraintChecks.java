package dev.telemetry.processor.constraint;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import dev.telemetry.catalogue.regex.JavaForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The run-time checks of the catalogue's constraints in one generated writer. Each check wraps the
 * expression of a value in a call to the runtime's {@code Checks}, which returns the value
 * unchanged, or rejects the whole event with a reason that names the event, the property path and
 * the rule, never the value (which may be personal data):
 * {@code cf:request.created: request_id does not match ^req_[A-Za-z0-9]+$}.
 *
 * <p>The rules and their semantics are the loader's, which checks catalogue examples the same way:
 * a {@code pattern} is found anywhere in the value ({@link java.util.regex.Matcher#find()}), unless
 * anchored; {@code max-length} counts code points; {@code minimum} and {@code maximum} are
 * inclusive ({@code duration} in seconds); {@code max-items} bounds an array's size; an enum's
 * values are exact. Hashed values are not checked: only their hash leaves the process.
 *
 * <p>Both writer generators use it, so that annotated classes and generated event classes enforce
 * the catalogue alike. The writer keeps only what is its own: a compiled {@code Pattern} per
 * distinct expression and a {@code Set} per distinct list of enum values, as constants; call
 * {@link #addTo} once the writer's code is built.
 */
public final class ConstraintChecks {
  /** The runtime's checks, which generated writers call. */
  public static final ClassName CHECKS = ClassName.get("dev.telemetry.runtime.event", "Checks");

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final int NANOS_SCALE = 9;

  private final Set<String> fieldNames = new HashSet<>();
  private final Map<Object, FieldSpec> constants = new LinkedHashMap<>();

  /** @param reservedFields the names of the writer's own fields */
  public ConstraintChecks(Collection<String> reservedFields) {
    this.fieldNames.addAll(reservedFields);
  }

  /**
   * The expression of a scalar value checked against the constraints of its property.
   *
   * @param spec the property (or array items) the value is written as
   * @param value the expression of the value, never null at run time
   * @param label the event and property path, such as {@code cf:rule.created: targets[]}
   */
  public CodeBlock scalar(PropertySpec spec, CodeBlock value, String label) {
    if (spec.hashed() || !(spec.type() instanceof PropertyType.Scalar scalar)) {
      return value;
    }
    CodeBlock checked = value;
    switch (scalar.kind()) {
      case STRING -> {
        if (spec.pattern() != null) {
          checked = CodeBlock.of("$T.matching($L,$W$N,$W$S)", CHECKS, checked, patternField(spec.pattern(), label),
              label + " does not match " + spec.pattern());
        }
        if (spec.maxLength() != null) {
          checked = CodeBlock.of("$T.maxLength($L,$W$L,$W$S)", CHECKS, checked, spec.maxLength(),
              label + " is longer than max-length " + spec.maxLength());
        }
      }
      case INTEGER -> checked = bounds(spec, checked, label, ConstraintChecks::wholeBound);
      case NUMBER -> checked = bounds(spec, checked, label, ConstraintChecks::decimalBound);
      case DURATION -> checked = bounds(spec, checked, label, ConstraintChecks::durationBound);
      default -> {
        // Booleans and timestamps have no constraints.
      }
    }
    return checked;
  }

  /**
   * The expression of an array, list or set checked against its property's {@code max-items}.
   *
   * @param spec the array property
   * @param value the expression of the value, never null at run time
   * @param label the event and property path
   */
  public CodeBlock items(PropertySpec spec, CodeBlock value, String label) {
    if (!(spec.type() instanceof PropertyType.Array array) || array.maxItems() == null) {
      return value;
    }
    return CodeBlock.of("$T.maxItems($L,$W$L,$W$S)", CHECKS, value, array.maxItems(),
        label + " has more items than max-items " + array.maxItems());
  }

  /**
   * The expression of a String that must be one of an enum's values.
   *
   * @param values the enum's values
   * @param value the expression of the value, never null at run time
   * @param label the event and property path
   */
  public CodeBlock oneOf(List<String> values, CodeBlock value, String label) {
    FieldSpec allowed = constants.computeIfAbsent(List.copyOf(values), key -> {
      List<CodeBlock> literals = new ArrayList<>();
      for (String text : values) {
        literals.add(CodeBlock.of("$S", text));
      }
      return FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), fieldName(label, "_VALUES"),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($L)", Set.class, CodeBlock.join(literals, ",$W"))
          .build();
    });
    return CodeBlock.of("$T.oneOf($L,$W$N,$W$S)", CHECKS, value, allowed, label + " is not one of " + String.join(", ", values));
  }

  /** Adds the constants that the checks so far use: compiled patterns and sets of enum values. */
  public void addTo(TypeSpec.Builder writer) {
    writer.addFields(constants.values());
  }

  private CodeBlock bounds(PropertySpec spec, CodeBlock value, String label, Bound bound) {
    CodeBlock checked = value;
    if (spec.minimum() != null) {
      CodeBlock minimum = bound.literal(spec.minimum(), RoundingMode.CEILING, spec);
      if (minimum != null) {
        checked = CodeBlock.of("$T.atLeast($L,$W$L,$W$S)", CHECKS, checked, minimum,
            label + " is below minimum " + spec.minimum().toPlainString());
      }
    }
    if (spec.maximum() != null) {
      CodeBlock maximum = bound.literal(spec.maximum(), RoundingMode.FLOOR, spec);
      if (maximum != null) {
        checked = CodeBlock.of("$T.atMost($L,$W$L,$W$S)", CHECKS, checked, maximum,
            label + " is above maximum " + spec.maximum().toPlainString());
      }
    }
    return checked;
  }

  /** The precompiled pattern's field, one per distinct expression, named after the first property using it. */
  private FieldSpec patternField(String regex, String label) {
    return constants.computeIfAbsent(regex, key -> FieldSpec.builder(
            Pattern.class, fieldName(label, "_PATTERN"), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        // ECMAScript's reading, as the published JSON Schema's: the runtime sends only what it accepts.
        .initializer("$T.compile($S)", Pattern.class, JavaForm.of(regex))
        .build());
  }

  /** A free constant name made of the property path in {@code label}, such as {@code TIMING_MODE_VALUES}. */
  private String fieldName(String label, String suffix) {
    String path = label.substring(label.lastIndexOf(": ") + 2);
    String base = path.replace("[]", "_ITEM").replace('.', '_').toUpperCase(Locale.ROOT) + suffix;
    String name = base;
    for (int number = 2; !fieldNames.add(name); number++) {
      name = base + number;
    }
    return name;
  }

  /** A bound as a Java literal of the value's type, or null when every value of that type meets it. */
  @FunctionalInterface
  private interface Bound {
    CodeBlock literal(BigDecimal bound, RoundingMode inward, PropertySpec spec);
  }

  /** A bound of an integer, rounded inward to a whole number (an integer at least 0.5 is at least 1). */
  private static CodeBlock wholeBound(BigDecimal bound, RoundingMode inward, PropertySpec spec) {
    BigDecimal whole = bound.setScale(0, inward);
    if (whole.compareTo(LONG_MIN) < 0 || whole.compareTo(LONG_MAX) > 0) {
      return outOfRange(whole, inward, LONG_MIN, LONG_MAX, bound, spec);
    }
    return CodeBlock.of("$LL", whole.longValueExact());
  }

  private static CodeBlock decimalBound(BigDecimal bound, RoundingMode inward, PropertySpec spec) {
    double value = bound.doubleValue();
    if (Double.isInfinite(value)) {
      return outOfRange(bound, inward, BigDecimal.ZERO, BigDecimal.ZERO, bound, spec);
    }
    return CodeBlock.of("$L", Double.toString(value));
  }

  /** A bound of a duration, in seconds, rounded inward to whole nanoseconds. */
  private static CodeBlock durationBound(BigDecimal bound, RoundingMode inward, PropertySpec spec) {
    BigDecimal exact = bound.setScale(NANOS_SCALE, inward);
    BigDecimal seconds = exact.setScale(0, RoundingMode.FLOOR);
    if (seconds.compareTo(LONG_MIN) < 0 || seconds.compareTo(LONG_MAX) > 0) {
      return outOfRange(seconds, inward, LONG_MIN, LONG_MAX, bound, spec);
    }
    long nanos = exact.subtract(seconds).movePointRight(NANOS_SCALE).longValueExact();
    ClassName duration = ClassName.get(Duration.class);
    return nanos == 0
        ? CodeBlock.of("$T.ofSeconds($LL)", duration, seconds.longValueExact())
        : CodeBlock.of("$T.ofSeconds($LL, $LL)", duration, seconds.longValueExact(), nanos);
  }

  /**
   * A bound beyond what the Java type holds: met by every value when it lies on the far side (a
   * minimum below the smallest value), impossible to meet otherwise, which the generator refuses.
   */
  private static CodeBlock outOfRange(
      BigDecimal rounded, RoundingMode inward, BigDecimal smallest, BigDecimal largest, BigDecimal bound, PropertySpec spec) {
    boolean minimum = inward == RoundingMode.CEILING;
    boolean alwaysMet = minimum ? rounded.signum() < 0 && rounded.compareTo(smallest) <= 0
        : rounded.signum() > 0 && rounded.compareTo(largest) >= 0;
    if (alwaysMet) {
      return null;
    }
    throw new IllegalArgumentException(spec.location() + ": property '" + spec.name() + "' has the "
        + (minimum ? "minimum " : "maximum ") + bound.toPlainString() + ", which no value of its Java type can meet;"
        + " use a bound within the 64-bit range.");
  }
}
