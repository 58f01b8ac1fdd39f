package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.TelemetryListener;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.internal.encode.EventEncodingException;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.sink.RecordingSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writers of both kinds, annotated classes and generated event classes, enforce every
 * constraint of the catalogue at run time: a value that breaks one rejects the whole event with a
 * reason naming the event, the path and the rule (never the value), and values on the bounds pass.
 * The catalogue {@code catalogues/constraints.yaml} declares the same properties for both events.
 */
class ConstraintEnforcementTest {
  private static final String CLAIMED = "lim:job.claimed";
  private static final String GENERATED = "lim:job.generated";
  private static final EventEncoder ENCODER = new EventEncoder(TelemetryConfig.builder().build());

  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    // Strict, so that every helper the checks add is warning-free in both kinds of writer.
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions("-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/constraints.yaml"),
            "-Xlint:all,-processing", "-Werror")
        .compile(
        TelemetryCompiler.source("com.example.JobClaimed", """
            package com.example;
            import dev.telemetry.annotations.TelemetryEvent;
            import java.time.Duration;
            @TelemetryEvent("lim:job.claimed")
            public record JobClaimed(String owner, String requestId, String version, String label, int attempts,
                Double ratio, Duration took, String[] tags, String mode, Window window) {}
            """),
        TelemetryCompiler.source("com.example.Window", """
            package com.example;
            import java.time.Duration;
            public record Window(Duration length, int slots) {}
            """));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  /** Each case: what to change in a valid event, and the rule it breaks. */
  static Stream<Arguments> violations() {
    List<Arguments> cases = new ArrayList<>();
    for (String event : List.of(CLAIMED, GENERATED)) {
      cases.add(Arguments.of(event, change("request_id", "alice@example.com"),
          "request_id does not match ^req_[A-Za-z0-9]+$"));
      cases.add(Arguments.of(event, change("version", "1.0"), "version does not match v[0-9]"));
      // Java's own $ would match before the final line break; the published schema's (ECMAScript's) does not.
      cases.add(Arguments.of(event, change("request_id", "req_123\n"),
          "request_id does not match ^req_[A-Za-z0-9]+$"));
      cases.add(Arguments.of(event, change("label", "toolong"), "label is longer than max-length 5"));
      cases.add(Arguments.of(event, change("attempts", 0), "attempts is below minimum 1"));
      cases.add(Arguments.of(event, change("attempts", 11), "attempts is above maximum 10"));
      cases.add(Arguments.of(event, change("ratio", 0.49), "ratio is below minimum 0.5"));
      cases.add(Arguments.of(event, change("ratio", 1.51), "ratio is above maximum 1.5"));
      cases.add(Arguments.of(event, change("took", Duration.ofNanos(249_999_999)), "took is below minimum 0.25"));
      cases.add(Arguments.of(event, change("took", Duration.ofSeconds(60, 1)), "took is above maximum 60"));
      cases.add(Arguments.of(event, change("tags", List.of("a", "b", "c")), "tags has more items than max-items 2"));
      cases.add(Arguments.of(event, change("tags", List.of("a", "Secret")), "tags[] does not match ^[a-z]+$"));
      cases.add(Arguments.of(event, change("window", List.of(Duration.ofMillis(499), 1)),
          "window.length is below minimum 0.5"));
      cases.add(Arguments.of(event, change("window", List.of(Duration.ofSeconds(1), 4)),
          "window.slots is above maximum 3"));
    }
    cases.add(Arguments.of(CLAIMED, change("mode", "medium"), "mode is not one of fast, slow"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("violations")
  void aBrokenConstraintRejectsTheWholeEventWithoutNamingTheValue(
      String event, UnaryOperator<Map<String, Object>> change, String rule) throws Exception {
    Map<String, Object> values = change.apply(validValues());

    EventEncodingException rejected =
        assertThrows(EventEncodingException.class, () -> encode(event, values));

    assertEquals(DropReason.INVALID_EVENT, rejected.reason());
    assertEquals(event + ": " + rule, rejected.getMessage());
    for (Object value : values.values()) {
      if (value instanceof String text && !text.isEmpty() && !rule.contains(text)) {
        assertFalse(rejected.getMessage().contains(text), "the reason names the value " + text);
      }
    }
  }

  /** Each case: values exactly on the bounds, which must pass. */
  static Stream<Arguments> boundaries() {
    List<Arguments> cases = new ArrayList<>();
    for (String event : List.of(CLAIMED, GENERATED)) {
      cases.add(Arguments.of(event, change("version", "release-v2-final"), "a pattern is found anywhere unless anchored"));
      cases.add(Arguments.of(event, change("label", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"),
          "max-length counts code points"));
      cases.add(Arguments.of(event, change("attempts", 1), "the minimum is inclusive"));
      cases.add(Arguments.of(event, change("attempts", 10), "the maximum is inclusive"));
      cases.add(Arguments.of(event, change("ratio", 0.5), "a number's minimum is inclusive"));
      cases.add(Arguments.of(event, change("ratio", 1.5), "a number's maximum is inclusive"));
      cases.add(Arguments.of(event, change("took", Duration.ofMillis(250)), "a fractional minimum in seconds"));
      cases.add(Arguments.of(event, change("took", Duration.ofSeconds(60)), "a duration's maximum is inclusive"));
      cases.add(Arguments.of(event, change("tags", List.of("a", "b")), "max-items is inclusive"));
      cases.add(Arguments.of(event, change("window", List.of(Duration.ofSeconds(2), 3)), "a named type on its bounds"));
      cases.add(Arguments.of(event, change("owner", "not a usr id"), "a hashed value is not checked"));
    }
    cases.add(Arguments.of(CLAIMED, change("mode", "slow"), "a String enum value"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("boundaries")
  void valuesOnTheBoundsAreSent(String event, UnaryOperator<Map<String, Object>> change, String why) throws Exception {
    String json = encode(event, change.apply(validValues()));

    assertTrue(json.contains("\"event\":\"" + event + "\""), json);
  }

  @Test
  void aRejectedEventNeverReachesTheSinkAndIsCountedWithItsReason() throws Exception {
    RecordingSink sink = new RecordingSink();
    List<String> dropped = Collections.synchronizedList(new ArrayList<>());
    TelemetryListener listener = new TelemetryListener() {
      @Override
      public void onDropped(String eventName, DropReason reason, String detail) {
        dropped.add(reason + " " + detail);
      }
    };
    Map<String, Object> broken = change("request_id", "alice@example.com").apply(validValues());
    try (TelemetryClient client = TelemetryClient.create(TelemetryConfig.builder().sink(sink).listener(listener).build())) {
      for (String event : List.of(CLAIMED, GENERATED)) {
        client.track(writer(event), instance(event, broken));
        client.track(writer(event), instance(event, validValues()));
      }
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(2, client.stats().dropped(DropReason.INVALID_EVENT));
    }

    sink.assertTrackedOnce(CLAIMED);
    sink.assertTrackedOnce(GENERATED);
    assertEquals(List.of(
            "INVALID_EVENT " + CLAIMED + ": request_id does not match ^req_[A-Za-z0-9]+$",
            "INVALID_EVENT " + GENERATED + ": request_id does not match ^req_[A-Za-z0-9]+$"),
        dropped);
  }

  private static UnaryOperator<Map<String, Object>> change(String property, Object value) {
    return values -> {
      values.put(property, value);
      return values;
    };
  }

  /** Values that meet every constraint, by property; a window is given as [length, slots]. */
  private static Map<String, Object> validValues() {
    Map<String, Object> values = new HashMap<>();
    values.put("owner", "usr_1");
    values.put("request_id", "req_1");
    values.put("version", "v1.0.0");
    values.put("label", "short");
    values.put("attempts", 3);
    values.put("ratio", null);
    values.put("took", Duration.ofSeconds(1));
    values.put("tags", List.of("a"));
    values.put("mode", "fast");
    values.put("window", null);
    return values;
  }

  private static String encode(String event, Map<String, Object> values) throws ReflectiveOperationException {
    return ENCODER.encode(writer(event), instance(event, values), null).json();
  }

  @SuppressWarnings("unchecked")
  private static EventWriter<Object> writer(String event) throws ReflectiveOperationException {
    return (EventWriter<Object>) classes.construct(event.equals(CLAIMED)
        ? "com.example.TelemetryWriters$JobClaimedTelemetryWriter"
        : "telemetry.lim.JobGeneratedWriter");
  }

  /** The event as the annotated record or as the generated record, from the same values. */
  private static Object instance(String event, Map<String, Object> values) throws ReflectiveOperationException {
    boolean claimed = event.equals(CLAIMED);
    List<?> window = (List<?>) values.get("window");
    Object windowValue = window == null ? null : classes.construct(
        claimed ? "com.example.Window" : "telemetry.lim.Window",
        window.get(0),
        claimed ? window.get(1) : ((Integer) window.get(1)).longValue());
    int attempts = (Integer) values.get("attempts");
    List<?> tags = (List<?>) values.get("tags");
    if (claimed) {
      return classes.construct("com.example.JobClaimed", values.get("owner"), values.get("request_id"),
          values.get("version"), values.get("label"), attempts, values.get("ratio"), values.get("took"),
          tags.toArray(String[]::new), values.get("mode"), windowValue);
    }
    Class<?> mode = classes.loadClass("telemetry.lim.JobGenerated$Mode");
    Object modeValue = values.get("mode").equals("fast") ? mode.getEnumConstants()[0] : mode.getEnumConstants()[1];
    return classes.construct("telemetry.lim.JobGenerated", values.get("owner"), values.get("request_id"),
        values.get("version"), values.get("label"), (long) attempts, values.get("ratio"), values.get("took"),
        tags, modeValue, windowValue);
  }
}
