package dev.telemetry.processor.generate;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds instances of generated classes from catalogue example values by calling their staged
 * builders (reflection is fine in the test; the generated code uses none), and computes the
 * properties a writer must produce for an example, independently of the generated code.
 */
final class ExampleEvents {
  private final Catalogue catalogue;

  ExampleEvents(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * Calls {@code builder()}, the required stages in catalogue order, the optional setters of the
   * values that are present, and {@code build()}.
   */
  Object build(Class<?> recordClass, Collection<PropertySpec> properties, Map<String, Object> values, String distinctId)
      throws ReflectiveOperationException {
    Method builder = recordClass.getMethod("builder");
    Object stage = builder.invoke(null);
    Class<?> stageType = builder.getReturnType();
    if (distinctId != null) {
      Method setter = setter(stageType, "distinctId");
      stage = setter.invoke(stage, distinctId);
      stageType = setter.getReturnType();
    }
    List<PropertySpec> ordered = new ArrayList<>(properties.stream().filter(PropertySpec::required).toList());
    properties.stream().filter(property -> !property.required() && values.containsKey(property.name()))
        .forEach(ordered::add);
    for (PropertySpec property : ordered) {
      Method setter = setter(stageType, JavaNames.memberName(property.name()));
      Object value = convert(property, setter.getGenericParameterTypes()[0], values.get(property.name()));
      stage = setter.invoke(stage, value);
      stageType = setter.getReturnType();
    }
    try {
      return stageType.getMethod("build").invoke(stage);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static Method setter(Class<?> stageType, String name) {
    return Arrays.stream(stageType.getMethods())
        .filter(method -> method.getName().equals(name) && method.getParameterCount() == 1)
        .findFirst()
        .orElseThrow(() -> new AssertionError(stageType.getName() + " has no step " + name));
  }

  private Object convert(PropertySpec spec, Type javaType, Object value) throws ReflectiveOperationException {
    PropertyType type = spec.type();
    if (type instanceof PropertyType.Array array) {
      Type itemType = ((ParameterizedType) javaType).getActualTypeArguments()[0];
      List<Object> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(convert(array.items(), itemType, item));
      }
      return items;
    }
    if (type instanceof PropertyType.Named named) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) value;
      return build((Class<?>) javaType, catalogue.types().get(named.typeName()).properties().values(), fields, null);
    }
    if (type instanceof PropertyType.Enum) {
      for (Object constant : ((Class<?>) javaType).getEnumConstants()) {
        if (constant.getClass().getMethod("value").invoke(constant).equals(value)) {
          return constant;
        }
      }
      throw new AssertionError("no constant for " + value + " in " + javaType);
    }
    return switch (((PropertyType.Scalar) type).kind()) {
      case STRING, BOOLEAN -> value;
      case INTEGER -> ((Number) value).longValue();
      case NUMBER -> ((Number) value).doubleValue();
      case TIMESTAMP -> Instant.parse((String) value);
      case DURATION -> Duration.ofNanos(new BigDecimal(value.toString()).movePointRight(9).longValueExact());
    };
  }

  /** The properties a writer must write for these example values, in catalogue order. */
  Map<String, Object> expected(Collection<PropertySpec> properties, Map<String, Object> values) {
    Map<String, Object> expected = new LinkedHashMap<>();
    for (PropertySpec property : properties) {
      if (values.containsKey(property.name())) {
        expected.put(property.name(), expected(property, values.get(property.name())));
      }
    }
    return expected;
  }

  private Object expected(PropertySpec spec, Object value) {
    PropertyType type = spec.type();
    if (spec.hashed()) {
      return RecordingOutput.hash(spec.hash(),
          value instanceof String text ? RecordingOutput.jsonString(text) : value.toString());
    }
    if (type instanceof PropertyType.Array array) {
      return ((List<?>) value).stream().map(item -> expected(array.items(), item)).toList();
    }
    if (type instanceof PropertyType.Named named) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) value;
      return expected(catalogue.types().get(named.typeName()).properties().values(), fields);
    }
    if (type instanceof PropertyType.Enum) {
      return value;
    }
    return switch (((PropertyType.Scalar) type).kind()) {
      case STRING, BOOLEAN -> value;
      case INTEGER -> ((Number) value).longValue();
      case NUMBER -> ((Number) value).doubleValue();
      case TIMESTAMP -> Instant.parse((String) value).toString();
      case DURATION -> new BigDecimal(value.toString()).doubleValue();
    };
  }
}
