package dev.telemetry.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the generated code of the whole example catalogue, builds every event from its
 * catalogue example through the staged builder, and checks what its writer writes.
 */
class GeneratedWritersTest {
  private static final Path FIXTURES = Path.of("..", "..", "shared", "compat", "analytics-go");

  private static Catalogue catalogue;
  private static ExampleEvents examples;
  private static Map<String, EventWriter<?>> writers;

  @BeforeAll
  static void compileExampleCatalogue() throws ReflectiveOperationException {
    catalogue = ExampleCatalogue.model();
    examples = new ExampleEvents(catalogue);
    GeneratedSources sources = CatalogueCodeGenerator.generate(catalogue, GeneratedCode.PACKAGE, Set.of());
    ClassLoader loader = GeneratedCode.load(sources);
    writers = new HashMap<>();
    for (var writerClass : sources.writers()) {
      EventWriter<?> writer = (EventWriter<?>) loader.loadClass(writerClass.reflectionName())
          .getConstructor().newInstance();
      writers.put(writer.descriptor().name(), writer);
    }
  }

  static Stream<String> eventNames() {
    return ExampleCatalogue.model().events().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("eventNames")
  void aGeneratedEventIsItsOwnSnapshot(String eventName) throws ReflectiveOperationException {
    EventWriter<?> writer = writers.get(eventName);
    Object instance = exampleInstance(catalogue.events().get(eventName), writer);
    assertSame(instance, snapshot(writer, instance));
  }

  @Test
  void recordingHashMatchesTheVectorOfTheProductContract() {
    assertEquals("usr_-CHh8_rdIqAotcBsP64GKQkfzW2hb1JDJ_6u7q4zom4",
        RecordingOutput.hash("usr", RecordingOutput.jsonString("usr_123")));
  }

  @ParameterizedTest
  @MethodSource("eventNames")
  void writerWritesTheCatalogueExample(String eventName) throws ReflectiveOperationException {
    EventSpec event = catalogue.events().get(eventName);
    EventWriter<?> writer = writers.get(eventName);
    Object instance = exampleInstance(event, writer);

    Map<String, Object> written = write(writer, instance);

    Map<String, Object> expected = examples.expected(event.properties().values(), event.example().values());
    assertEquals(expected, written);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(written.keySet()), "catalogue order");
  }

  @ParameterizedTest
  @MethodSource("eventNames")
  void writerDescribesItsEventAndFindsItsDistinctId(String eventName) throws ReflectiveOperationException {
    EventSpec event = catalogue.events().get(eventName);
    EventWriter<?> writer = writers.get(eventName);
    Object instance = exampleInstance(event, writer);

    assertEquals(new EventDescriptor(event.name(), event.kind().toRuntime(), event.group(),
            event.distinctId() == null ? null : event.distinctId().hashPrefix(), catalogue.purposeOf(event)),
        writer.descriptor());
    assertEquals(instance.getClass(), writer.eventClass());
    String expectedDistinctId = event.distinctId() instanceof DistinctId.FromProperty property
        ? (String) event.example().values().get(property.property())
        : event.example().distinctId();
    assertEquals(expectedDistinctId, distinctId(writer, instance));
  }

  @ParameterizedTest
  @CsvSource({
    "cf:request.created, cf-request-created.json",
    "cf:rule.created, cf-rule-created.json",
    "cf:identify:user_info, cf-identify-user-info.json"
  })
  void writerMatchesTheAnalyticsGoFixture(String eventName, String fixture) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "the shared fixtures are not beside the checkout");
    EventSpec event = catalogue.events().get(eventName);
    EventWriter<?> writer = writers.get(eventName);
    Object instance = exampleInstance(event, writer);
    Map<?, ?> sent = (Map<?, ?>) ((List<?>) new ObjectMapper().readValue(FIXTURES.resolve(fixture).toFile(), Map.class)
        .get("batch")).get(0);

    Map<Object, Object> fixtureProperties =
        new LinkedHashMap<>((Map<?, ?>) sent.get(event.kind() == EventKind.IDENTIFY ? "$set" : "properties"));
    fixtureProperties.keySet().removeIf(key -> key.toString().startsWith("$"));

    assertEquals(normalised(fixtureProperties), normalised(write(writer, instance)));
    assertEquals(sent.get("distinct_id"), RecordingOutput.hash(writer.descriptor().distinctIdHashPrefix(),
        RecordingOutput.jsonString(distinctId(writer, instance))));
  }

  @Test
  void absentOptionalPropertiesAreNotWritten() throws ReflectiveOperationException {
    EventSpec event = catalogue.events().get("cf:identify:user_info");
    EventWriter<?> writer = writers.get(event.name());
    Map<String, Object> values = new LinkedHashMap<>(event.example().values());
    values.remove("available_rules");

    Object instance = examples.build(writer.eventClass(), event.properties().values(), values, "usr_123");

    assertEquals(Map.of("group_count", 2L, "role", "admin"), write(writer, instance));
    assertNull(instance.getClass().getMethod("availableRules").invoke(instance));
  }

  @Test
  void aMissingRequiredValueIsRejectedWithItsCatalogueName() {
    EventSpec event = catalogue.events().get("cf:request.revoked");
    Map<String, Object> values = new HashMap<>(event.example().values());
    values.put("revoked_by", null);

    NullPointerException thrown = assertThrows(NullPointerException.class,
        () -> examples.build(writers.get(event.name()).eventClass(), event.properties().values(), values, null));

    assertEquals("revoked_by is required", thrown.getMessage());
  }

  @Test
  void listsAreCopiedSoThatEventsStayImmutable() throws ReflectiveOperationException {
    EventSpec event = catalogue.events().get("cf:rule.created");
    EventWriter<?> writer = writers.get(event.name());
    List<Object> targets = new ArrayList<>(List.of("acme/provider@v1"));
    Map<String, Object> values = new HashMap<>(event.example().values());
    values.put("targets", targets);
    Object instance = examples.build(writer.eventClass(), event.properties().values(), values, null);

    targets.add("acme/other@v2");

    List<?> kept = (List<?>) instance.getClass().getMethod("targets").invoke(instance);
    assertEquals(List.of("acme/provider@v1"), kept);
    assertThrows(UnsupportedOperationException.class, () -> kept.remove(0));
    assertFalse(write(writer, instance).toString().contains("acme/other"));
  }

  private static Object exampleInstance(EventSpec event, EventWriter<?> writer) throws ReflectiveOperationException {
    return examples.build(writer.eventClass(), event.properties().values(), event.example().values(),
        event.distinctId() instanceof DistinctId.Given ? event.example().distinctId() : null);
  }

  private static <E> Map<String, Object> write(EventWriter<E> writer, Object event) {
    RecordingOutput out = new RecordingOutput();
    writer.writeProperties(writer.eventClass().cast(event), out);
    return out.properties();
  }

  private static <E> E snapshot(EventWriter<E> writer, Object event) {
    return writer.snapshot(writer.eventClass().cast(event));
  }

  private static <E> String distinctId(EventWriter<E> writer, Object event) {
    return writer.distinctId(writer.eventClass().cast(event));
  }

  /** JSON values compared as JSON compares them: numbers by value, whatever Java type holds them. */
  private static Object normalised(Object value) {
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> result = new HashMap<>();
      map.forEach((key, item) -> result.put(key, normalised(item)));
      return result;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(GeneratedWritersTest::normalised).toList();
    }
    return value;
  }
}
