package dev.telemetry.runtime.sink;

import dev.telemetry.runtime.internal.encode.JsonReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as a {@link RecordingSink} received it, parsed back from its wire JSON, with
 * assertions for tests.
 */
public final class RecordedEvent {
  private final String name;
  private final String json;
  private final Map<String, Object> object;

  RecordedEvent(String name, String json) {
    this.name = name;
    this.json = json;
    this.object = Collections.unmodifiableMap(JsonReader.parseObject(json));
  }

  /** The catalogue event name, such as {@code cf:identify:user_info}. */
  public String name() {
    return name;
  }

  /** The wire event name: the catalogue name, or {@code $identify} / {@code $groupidentify}. */
  public String event() {
    return (String) object.get("event");
  }

  /** The sent (hashed) distinct ID. */
  public String distinctId() {
    return (String) object.get("distinct_id");
  }

  /** The event's {@code uuid}. */
  public UUID uuid() {
    return UUID.fromString((String) object.get("uuid"));
  }

  /** The whole event object, as parsed from its JSON. */
  public Map<String, Object> object() {
    return object;
  }

  /** The event's JSON exactly as sent. */
  public String json() {
    return json;
  }

  /**
   * The event's own properties, without those the runtime adds (names starting with {@code $}):
   * {@code properties} of a capture, {@code $set} of an identify, {@code $group_set} of a
   * group-identify event.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> eventProperties() {
    Map<String, Object> properties = (Map<String, Object>) object.get("properties");
    Object own = object.containsKey("$set") ? object.get("$set") : properties.get("$group_set");
    if (own instanceof Map) {
      return Collections.unmodifiableMap((Map<String, Object>) own);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    properties.forEach((k, v) -> {
      if (!k.startsWith("$")) {
        result.put(k, v);
      }
    });
    return Collections.unmodifiableMap(result);
  }

  /**
   * Asserts that an own property has a value; numbers compare by value ({@code 6} equals {@code
   * 6L} and {@code 6.0}).
   *
   * @return this, to chain assertions
   * @throws AssertionError naming the event, the property, and both values
   */
  public RecordedEvent assertProperty(String property, Object expected) {
    Map<String, Object> own = eventProperties();
    if (!own.containsKey(property)) {
      throw new AssertionError(
          name + ": expected property '" + property + "' = " + expected
              + ", but the event has no such property; it has " + own.keySet());
    }
    Object actual = own.get(property);
    if (!sameValue(expected, actual)) {
      throw new AssertionError(
          name + ": expected property '" + property + "' = " + expected + ", but it is " + actual);
    }
    return this;
  }

  /**
   * Asserts that an own property is absent.
   *
   * @return this, to chain assertions
   */
  public RecordedEvent assertNoProperty(String property) {
    if (eventProperties().containsKey(property)) {
      throw new AssertionError(
          name + ": expected no property '" + property + "', but it is " + eventProperties().get(property));
    }
    return this;
  }

  private static boolean sameValue(Object expected, Object actual) {
    if (expected instanceof Number && actual instanceof Number) {
      return ((Number) expected).doubleValue() == ((Number) actual).doubleValue();
    }
    if (expected instanceof Enum) {
      return ((Enum<?>) expected).name().equals(actual);
    }
    return Objects.equals(expected, actual);
  }

  @Override
  public String toString() {
    return json;
  }
}
