package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Example;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a catalogue event's {@code example} values the way a generated writer writes an event
 * instance: walking the declared properties and their types, so the runtime's own encoder turns
 * the example into the exact payload it would send. Hashed properties go through
 * {@link JsonOutput#hashed}, so the published example shows the hashes, never the raw values.
 */
public final class ExampleEventWriter implements EventWriter<Example> {
  private final Catalogue catalogue;
  private final EventSpec event;
  private final EventDescriptor descriptor;

  /** A writer for one event of the catalogue. */
  public ExampleEventWriter(Catalogue catalogue, EventSpec event) {
    this.catalogue = catalogue;
    this.event = event;
    DistinctId distinctId = event.distinctId();
    this.descriptor =
        new EventDescriptor(
            event.name(),
            event.kind().toRuntime(),
            event.group(),
            distinctId == null ? null : distinctId.hashPrefix(),
            catalogue.purposeOf(event));
  }

  @Override
  public EventDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public Class<Example> eventClass() {
    return Example.class;
  }

  @Override
  public String distinctId(Example example) {
    DistinctId distinctId = event.distinctId();
    if (distinctId instanceof DistinctId.FromProperty fromProperty) {
      Object value = example.values().get(fromProperty.property());
      return value == null ? null : value.toString();
    }
    if (distinctId instanceof DistinctId.Given) {
      return example.distinctId();
    }
    return null;
  }

  @Override
  public void writeProperties(Example example, JsonOutput out) {
    writeObject(event.properties().values(), example.values(), event.name(), out);
  }

  private void writeObject(Collection<PropertySpec> properties, Map<String, Object> values, String path, JsonOutput out) {
    for (PropertySpec property : properties) {
      Object value = values.get(property.name());
      if (value != null) {
        out.name(property.name());
        writeValue(property, value, path + "." + property.name(), out);
      }
    }
  }

  private void writeValue(PropertySpec property, Object value, String path, JsonOutput out) {
    if (property.hashed()) {
      writeHashed(property.hash(), value, path, out);
      return;
    }
    PropertyType type = property.type();
    if (type instanceof PropertyType.Scalar scalar) {
      writeScalar(scalar, value, path, out);
    } else if (type instanceof PropertyType.Enum) {
      out.value(expect(String.class, value, "one of the enum values", path));
    } else if (type instanceof PropertyType.Array array) {
      out.beginArray();
      int index = 0;
      for (Object item : expect(List.class, value, "a list", path)) {
        writeValue(array.items(), item, path + "[" + index++ + "]", out);
      }
      out.endArray();
    } else if (type instanceof PropertyType.Named named) {
      NamedType declared = catalogue.types().get(named.typeName());
      out.beginObject();
      writeObject(declared.properties().values(), objectValues(value, path), path, out);
      out.endObject();
    }
  }

  private static void writeHashed(String prefix, Object value, String path, JsonOutput out) {
    if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      out.hashed(prefix, integer(value, path));
    } else {
      out.hashed(prefix, expect(String.class, value, "an identifier", path));
    }
  }

  private static void writeScalar(PropertyType.Scalar scalar, Object value, String path, JsonOutput out) {
    switch (scalar.kind()) {
      case STRING -> out.value(expect(String.class, value, "a string", path));
      case INTEGER -> out.value(integer(value, path));
      case NUMBER -> out.value(expect(Number.class, value, "a number", path).doubleValue());
      case BOOLEAN -> out.value(expect(Boolean.class, value, "true or false", path).booleanValue());
      case TIMESTAMP -> out.value(instant(value, path));
      case DURATION -> out.value(duration(value, path));
    }
  }

  private static long integer(Object value, String path) {
    Number number = expect(Number.class, value, "an integer", path);
    try {
      return new BigDecimal(number.toString()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw mismatch("an integer", value, path);
    }
  }

  private static Instant instant(Object value, String path) {
    if (value instanceof Instant instant) {
      return instant;
    }
    try {
      return OffsetDateTime.parse(expect(String.class, value, "an RFC 3339 timestamp", path)).toInstant();
    } catch (DateTimeParseException e) {
      throw mismatch("an RFC 3339 timestamp", value, path);
    }
  }

  private static Duration duration(Object value, String path) {
    if (value instanceof Number number) {
      BigDecimal seconds = new BigDecimal(number.toString());
      BigDecimal nanos = seconds.subtract(new BigDecimal(seconds.toBigInteger())).movePointRight(9);
      return Duration.ofSeconds(seconds.longValue(), nanos.longValue());
    }
    try {
      return Duration.parse(expect(String.class, value, "a number of seconds", path));
    } catch (DateTimeParseException e) {
      throw mismatch("a number of seconds or an ISO-8601 duration", value, path);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectValues(Object value, String path) {
    return expect(Map.class, value, "an object", path);
  }

  private static <T> T expect(Class<T> type, Object value, String expected, String path) {
    if (!type.isInstance(value)) {
      throw mismatch(expected, value, path);
    }
    return type.cast(value);
  }

  private static IllegalArgumentException mismatch(String expected, Object value, String path) {
    return new IllegalArgumentException(
        "the example value of " + path + " should be " + expected + " but is '" + value
            + "'; fix the example in the catalogue");
  }
}
