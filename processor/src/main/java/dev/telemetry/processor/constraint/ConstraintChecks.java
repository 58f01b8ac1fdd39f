package dev.telemetry.processor.constraint;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
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
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The run-time checks of the catalogue's constraints in one generated writer. Each check wraps the
 * expression of a value in a call to a small private helper of the writer that returns the value
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
 * the catalogue alike. Call {@link #addTo} once the writer's code is built.
 */
public final class ConstraintChecks {
  /** The names of the helper methods, which a writer must not use for anything else. */
  public static final List<String> HELPER_NAMES = List.of("matching", "maxLength", "atLeast", "atMost", "maxItems");

  private static final ClassName EVENT_REJECTED = ClassName.get("dev.telemetry.runtime.event", "EventRejectedException");
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final int NANOS_SCALE = 9;

  private final UnaryOperator<String> methodNames;
  private final Set<String> fieldNames = new HashSet<>();
  private final Map<String, FieldSpec> patterns = new LinkedHashMap<>();
  private final Map<Object, MethodSpec> helpers = new LinkedHashMap<>();

  /**
   * @param methodNames hands out a free method name for a wanted one (for the enum checkers, one per
   *     set of values)
   * @param reservedFields the names of the writer's own fields
   */
  public ConstraintChecks(UnaryOperator<String> methodNames, Collection<String> reservedFields) {
    this.methodNames = methodNames;
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
          checked = CodeBlock.of("matching($L,$W$N,$W$S)", checked, patternField(spec.pattern(), label),
              label + " does not match " + spec.pattern());
          stringHelper("matching", "does not match its catalogue pattern (found anywhere in it unless anchored)",
              ClassName.get(Pattern.class), "pattern", "!pattern.matcher(value).find()");
        }
        if (spec.maxLength() != null) {
          checked = CodeBlock.of("maxLength($L,$W$L,$W$S)", checked, spec.maxLength(),
              label + " is longer than max-length " + spec.maxLength());
          stringHelper("maxLength", "is longer than its catalogue max-length (in code points)",
              TypeName.INT, "maxLength", "value.codePointCount(0, value.length()) > maxLength");
        }
      }
      case INTEGER -> checked = bounds(spec, checked, label, TypeName.LONG, ConstraintChecks::wholeBound);
      case NUMBER -> checked = bounds(spec, checked, label, TypeName.DOUBLE, ConstraintChecks::decimalBound);
      case DURATION -> checked = bounds(spec, checked, label, ClassName.get(Duration.class), ConstraintChecks::durationBound);
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
   * @param javaType the Java type of the value: a Java array type, or a collection
   * @param value the expression of the value, never null at run time
   * @param label the event and property path
   */
  public CodeBlock items(PropertySpec spec, TypeName javaType, CodeBlock value, String label) {
    if (!(spec.type() instanceof PropertyType.Array array) || array.maxItems() == null) {
      return value;
    }
    boolean javaArray = javaType instanceof ArrayTypeName;
    TypeName parameter = javaArray ? javaType : TypeVariableName.get("T");
    helpers.computeIfAbsent(List.of("maxItems", parameter), key -> {
      MethodSpec.Builder method = MethodSpec.methodBuilder("maxItems")
          .addJavadoc("Rejects the event when an array has more items than its catalogue max-items.\n")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
      if (!javaArray) {
        method.addTypeVariable(TypeVariableName.get("T", ParameterizedTypeName.get(
            ClassName.get(Collection.class), WildcardTypeName.subtypeOf(Object.class))));
      }
      return method.returns(parameter)
          .addParameter(parameter, "values")
          .addParameter(int.class, "maxItems")
          .addParameter(String.class, "reason")
          .beginControlFlow(javaArray ? "if (values.length > maxItems)" : "if (values.size() > maxItems)")
          .addStatement("throw new $T(reason)", EVENT_REJECTED)
          .endControlFlow()
          .addStatement("return values")
          .build();
    });
    return CodeBlock.of("maxItems($L,$W$L,$W$S)", value, array.maxItems(),
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
    MethodSpec method = helpers.computeIfAbsent(List.of("oneOf", values), key -> {
      List<CodeBlock> cases = new ArrayList<>();
      for (String allowed : values) {
        cases.add(CodeBlock.of("$S", allowed));
      }
      return MethodSpec.methodBuilder(methodNames.apply("checkedValue"))
          .addJavadoc("Rejects the event when a value is not one of the catalogue's: $L.\n", String.join(", ", values))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(String.class)
          .addParameter(String.class, "value")
          .addParameter(String.class, "reason")
          .addCode(CodeBlock.builder()
              .add("return switch (value) {\n").indent()
              .add("case $L -> value;\n", CodeBlock.join(cases, ", "))
              .add("default -> throw new $T(reason);\n", EVENT_REJECTED)
              .unindent().add("};\n")
              .build())
          .build();
    });
    return CodeBlock.of("$N($L,$W$S)", method, value, label + " is not one of " + String.join(", ", values));
  }

  /** Adds the pattern fields and helper methods that the checks so far use. */
  public void addTo(TypeSpec.Builder writer) {
    writer.addFields(patterns.values()).addMethods(helpers.values());
  }

  private CodeBlock bounds(PropertySpec spec, CodeBlock value, String label, TypeName type, Bound bound) {
    CodeBlock checked = value;
    if (spec.minimum() != null) {
      CodeBlock minimum = bound.literal(spec.minimum(), RoundingMode.CEILING, spec);
      if (minimum != null) {
        checked = CodeBlock.of("atLeast($L,$W$L,$W$S)", checked, minimum,
            label + " is below minimum " + spec.minimum().toPlainString());
        boundHelper("atLeast", "below its catalogue minimum", "minimum", type);
      }
    }
    if (spec.maximum() != null) {
      CodeBlock maximum = bound.literal(spec.maximum(), RoundingMode.FLOOR, spec);
      if (maximum != null) {
        checked = CodeBlock.of("atMost($L,$W$L,$W$S)", checked, maximum,
            label + " is above maximum " + spec.maximum().toPlainString());
        boundHelper("atMost", "above its catalogue maximum", "maximum", type);
      }
    }
    return checked;
  }

  private void boundHelper(String name, String what, String parameter, TypeName type) {
    boolean comparable = !type.isPrimitive();
    String operator = name.equals("atLeast") ? "<" : ">";
    helpers.computeIfAbsent(List.of(name, type), key -> MethodSpec.methodBuilder(name)
        .addJavadoc("Rejects the event when a value is $L.\n", what)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addParameter(type, "value")
        .addParameter(type, parameter)
        .addParameter(String.class, "reason")
        .beginControlFlow(comparable ? "if (value.compareTo($N) $L 0)" : "if (value $2L $1N)", parameter, operator)
        .addStatement("throw new $T(reason)", EVENT_REJECTED)
        .endControlFlow()
        .addStatement("return value")
        .build());
  }

  private void stringHelper(String name, String what, TypeName boundType, String parameter, String violated) {
    helpers.computeIfAbsent(List.of(name), key -> MethodSpec.methodBuilder(name)
        .addJavadoc("Rejects the event when a value $L.\n", what)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "value")
        .addParameter(boundType, parameter)
        .addParameter(String.class, "reason")
        .beginControlFlow("if ($L)", violated)
        .addStatement("throw new $T(reason)", EVENT_REJECTED)
        .endControlFlow()
        .addStatement("return value")
        .build());
  }

  /** The precompiled pattern's field, one per distinct expression, named after the first property using it. */
  private FieldSpec patternField(String regex, String label) {
    return patterns.computeIfAbsent(regex, key -> {
      String path = label.substring(label.lastIndexOf(": ") + 2);
      String base = path.replace("[]", "_ITEM").replace('.', '_').toUpperCase(Locale.ROOT) + "_PATTERN";
      String name = base;
      for (int suffix = 2; !fieldNames.add(name); suffix++) {
        name = base + suffix;
      }
      return FieldSpec.builder(Pattern.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.compile($S)", Pattern.class, regex)
          .build();
    });
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
