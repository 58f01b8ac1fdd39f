package dev.telemetry.runtime.internal.encode;

import dev.telemetry.runtime.sink.EncodedEvent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.DeploymentInfo;
import dev.telemetry.runtime.fixtures.IdentifyUserInfo;
import dev.telemetry.runtime.fixtures.Padded;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.fixtures.RuleCreated;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class EventEncoderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final UUID FIXED_UUID = UUID.fromString("0190b3c4-0000-7000-8000-000000000001");

  private final TelemetryConfig config = Configs.fixture().endpoint("http://127.0.0.1:1").build();
  private final EventEncoder encoder = new EventEncoder(config);

  @Test
  void requestCreatedMatchesTheAnalyticsGoFixture() throws IOException {
    assertMatchesFixture("cf-request-created.json", encoder.encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null));
  }

  @Test
  void ruleCreatedMatchesTheAnalyticsGoFixture() throws IOException {
    assertMatchesFixture("cf-rule-created.json", encoder.encode(RuleCreated.Writer.INSTANCE, RuleCreated.example(), null));
  }

  @Test
  void identifyMatchesTheAnalyticsGoFixture() throws IOException {
    assertMatchesFixture(
        "cf-identify-user-info.json",
        encoder.encode(IdentifyUserInfo.Writer.INSTANCE, IdentifyUserInfo.example(), "usr_123"));
  }

  @Test
  void groupIdentifyMatchesTheAnalyticsGoFixture() throws IOException {
    assertMatchesFixture(
        "cf-groupidentify-deployment.json",
        encoder.encode(DeploymentInfo.Writer.INSTANCE, DeploymentInfo.example(), null));
  }

  @Test
  void anEventStampedEarlierMatchesTheFixturesByteForByteWithOneEncodedAtOnce() throws IOException {
    TelemetryConfig fixed = Configs.fixture().uuidSupplier(() -> FIXED_UUID).build();
    EventEncoder atOnce = new EventEncoder(fixed);
    assertSameBytes(atOnce, "cf-request-created.json", RequestCreated.Writer.INSTANCE, RequestCreated.example(), null);
    assertSameBytes(atOnce, "cf-rule-created.json", RuleCreated.Writer.INSTANCE, RuleCreated.example(), null);
    assertSameBytes(
        atOnce, "cf-identify-user-info.json", IdentifyUserInfo.Writer.INSTANCE, IdentifyUserInfo.example(), "usr_123");
    assertSameBytes(
        atOnce, "cf-groupidentify-deployment.json", DeploymentInfo.Writer.INSTANCE, DeploymentInfo.example(), null);
  }

  private <E> void assertSameBytes(
      EventEncoder atOnce, String fixture, EventWriter<E> writer, E event, String distinctId) throws IOException {
    // Another clock and uuid supplier: only the given stamps may reach the bytes.
    EventEncoder later =
        new EventEncoder(Configs.fixture().clock(Clock.systemUTC()).uuidSupplier(UUID::randomUUID).build());
    EncodedEvent stamped = later.encode(writer, event, distinctId, FIXED_UUID, Configs.FIXTURE_TIME);
    assertEquals(atOnce.encode(writer, event, distinctId).json(), stamped.json(), fixture);
    assertArrayEquals(atOnce.encode(writer, event, distinctId).bytes(), stamped.bytes(), fixture);
    assertEquals(FIXED_UUID, stamped.uuid());
    assertMatchesFixture(fixture, stamped);
  }

  @Test
  void groupIdentifyTakesAnExplicitGroupKey() throws IOException {
    JsonNode event = parse(encoder.encode(DeploymentInfo.Writer.INSTANCE, DeploymentInfo.example(), "dep_9"));
    assertEquals("$deployment_dep_9", event.get("distinct_id").asText());
    assertEquals("dep_9", event.get("properties").get("$group_key").asText());
  }

  @Test
  void everyEventCarriesItsUuidAndThePrivacyProperties() throws IOException {
    TelemetryConfig fixed = Configs.fixture().uuidSupplier(() -> FIXED_UUID).build();
    EncodedEvent encoded = new EventEncoder(fixed).encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null);
    JsonNode event = parse(encoded);

    assertEquals(FIXED_UUID, encoded.uuid());
    assertEquals(FIXED_UUID.toString(), event.get("uuid").asText());
    assertTrue(event.get("properties").get("$geoip_disable").asBoolean());
    assertTrue(event.get("properties").get("$ip").isNull());
    assertEquals("cf:request.created", encoded.name());
  }

  @Test
  void privacyPropertiesCanBeSwitchedOff() throws IOException {
    TelemetryConfig open = Configs.fixture().privacyProperties(false).build();
    JsonNode event = parse(new EventEncoder(open).encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null));
    assertFalse(event.get("properties").has("$geoip_disable"));
    assertFalse(event.get("properties").has("$ip"));
  }

  @Test
  void defaultUuidsAreVersion7AndDistinct() {
    TelemetryConfig defaults = Configs.fixture().build();
    EventEncoder fresh = new EventEncoder(defaults);
    UUID a = fresh.encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null).uuid();
    UUID b = fresh.encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null).uuid();
    assertEquals(7, a.version());
    assertEquals(2, a.variant());
    assertFalse(a.equals(b));
    assertEquals(Configs.FIXTURE_TIME.toEpochMilli(), a.getMostSignificantBits() >>> 16);
  }

  @Test
  void batchBodyCarriesApiKeyAndMigrationFlagOnlyWhenSet() throws IOException {
    EncodedEvent one = encoder.encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null);
    EncodedEvent two = encoder.encode(RuleCreated.Writer.INSTANCE, RuleCreated.example(), null);

    JsonNode plain = JSON.readTree(BatchBody.encode(List.of(one, two), config));
    assertEquals(1, plain.size(), "only the batch when there is no key and no migration flag");
    assertEquals(2, plain.get("batch").size());
    assertEquals(JSON.readTree(one.bytes()), plain.get("batch").get(0));

    TelemetryConfig keyed = Configs.fixture().apiKey("phc_\"key\"").historicalMigration(true).build();
    JsonNode full = JSON.readTree(BatchBody.encode(List.of(one), keyed));
    assertEquals("phc_\"key\"", full.get("api_key").asText());
    assertTrue(full.get("historical_migration").asBoolean());

    assertEquals(0, JSON.readTree(BatchBody.encode(List.of(), config)).get("batch").size());
  }

  @Test
  void emptyDistinctIdIsRejectedAsEmptyIdentifier() {
    EventEncodingException e =
        assertThrows(
            EventEncodingException.class,
            () -> encoder.encode(RequestCreated.Writer.INSTANCE, new RequestCreated("", "req_1", true, 1, 1), null));
    assertEquals(DropReason.EMPTY_IDENTIFIER, e.reason());
    assertTrue(e.getMessage().startsWith("cf:request.created: "), e.getMessage());
  }

  @Test
  void missingGivenDistinctIdIsRejectedWithTheFix() {
    EventEncodingException e =
        assertThrows(
            EventEncodingException.class,
            () -> encoder.encode(IdentifyUserInfo.Writer.INSTANCE, IdentifyUserInfo.example(), null));
    assertEquals(DropReason.EMPTY_IDENTIFIER, e.reason());
    assertTrue(e.getMessage().contains("track(event, distinctId)"), e.getMessage());
  }

  @Test
  void emptyHashedPropertyIsRejectedAsEmptyIdentifier() {
    EventWriter<String> writer = writer(EventKind.CAPTURE, (value, out) -> out.name("rule_id").hashed("rul", value));
    EventEncodingException e = assertThrows(EventEncodingException.class, () -> encoder.encode(writer, "", null));
    assertEquals(DropReason.EMPTY_IDENTIFIER, e.reason());
    assertTrue(e.getMessage().contains("'rule_id'"), e.getMessage());
  }

  @Test
  void groupIdentifyWithoutAGroupKeyIsRejected() {
    EventEncoder ungrouped = new EventEncoder(TelemetryConfig.builder().build());
    EventEncodingException e =
        assertThrows(
            EventEncodingException.class,
            () -> ungrouped.encode(DeploymentInfo.Writer.INSTANCE, DeploymentInfo.example(), null));
    assertEquals(DropReason.EMPTY_IDENTIFIER, e.reason());
    assertTrue(e.getMessage().contains("group(\"deployment\", key)"), e.getMessage());
  }

  @Test
  void nonFiniteNumbersAreInvalid() {
    EventWriter<String> writer = writer(EventKind.CAPTURE, (value, out) -> out.name("ratio").value(Double.NaN));
    assertEquals(
        DropReason.INVALID_EVENT,
        assertThrows(EventEncodingException.class, () -> encoder.encode(writer, "usr_1", null)).reason());
  }

  @Test
  void aWriterThatThrowsOrLeavesObjectsOpenIsInvalid() {
    EventWriter<String> throwing = writer(EventKind.CAPTURE, (value, out) -> {
      throw new IllegalStateException("boom");
    });
    EventWriter<String> unbalanced = writer(EventKind.CAPTURE, (value, out) -> out.name("o").beginObject());
    assertEquals(DropReason.INVALID_EVENT,
        assertThrows(EventEncodingException.class, () -> encoder.encode(throwing, "usr_1", null)).reason());
    assertEquals(DropReason.INVALID_EVENT,
        assertThrows(EventEncodingException.class, () -> encoder.encode(unbalanced, "usr_1", null)).reason());
  }

  @Test
  void eventsOverThePerEventLimitAreTooLarge() {
    TelemetryConfig small = Configs.fixture().maxEventBytes(1000).build();
    EventEncodingException e =
        assertThrows(
            EventEncodingException.class,
            () -> new EventEncoder(small).encode(Padded.Writer.INSTANCE, Padded.of("big", 2000), null));
    assertEquals(DropReason.EVENT_TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("1000 bytes"), e.getMessage());
  }

  @Test
  void valuesOfEveryTypeEncodeAsJson() throws IOException {
    EventWriter<String> writer =
        writer(
            EventKind.CAPTURE,
            (value, out) -> {
              out.name("text").value("line\nbreak \"quoted\" é 😀 <tag>");
              out.name("none").value((String) null);
              out.name("count").value(-7L);
              out.name("ratio").value(0.25);
              out.name("whole").value(200.0);
              out.name("flag").value(false);
              out.name("at").value(Instant.parse("2024-01-02T03:04:05.678Z"));
              out.name("took").value(Duration.ofMillis(1500));
              out.name("seconds").value(Duration.ofSeconds(90));
              out.name("id").hashed("usr", 42L);
              out.name("nested").beginObject().name("list").beginArray().value(1L).value("two").beginObject().endObject().endArray().endObject();
              out.name("nothing").nullValue();
            });
    JsonNode properties = parse(encoder.encode(writer, "usr_1", null)).get("properties");
    assertEquals("line\nbreak \"quoted\" é 😀 <tag>", properties.get("text").asText());
    assertTrue(properties.get("none").isNull());
    assertEquals(-7, properties.get("count").asLong());
    assertEquals(0.25, properties.get("ratio").asDouble());
    assertTrue(properties.get("whole").isIntegralNumber(), "whole numbers print without a fraction");
    assertFalse(properties.get("flag").asBoolean());
    assertEquals("2024-01-02T03:04:05.678Z", properties.get("at").asText());
    assertEquals(1.5, properties.get("took").asDouble());
    assertEquals(90, properties.get("seconds").asLong());
    assertTrue(properties.get("id").asText().startsWith("usr_"));
    assertEquals(JSON.readTree("{\"list\":[1,\"two\",{}]}"), properties.get("nested"));
    assertTrue(properties.get("nothing").isNull());
  }

  @Test
  void aWriterThatEncodesAnotherEventMeanwhileDoesNotDisturbItsOwn() throws IOException {
    EventWriter<String> inner = writer(EventKind.CAPTURE, (value, out) -> out.name("inner").value(true));
    EventWriter<String> outer =
        writer(
            EventKind.CAPTURE,
            (value, out) -> {
              out.name("before").value(1L);
              encoder.encode(inner, "usr_2", null);
              out.name("after").value(2L);
            });
    JsonNode properties = parse(encoder.encode(outer, "usr_1", null)).get("properties");
    assertEquals(1, properties.get("before").asLong());
    assertEquals(2, properties.get("after").asLong());
    assertFalse(properties.has("inner"));
    // The thread's writer is reused afterwards, and starts clean.
    assertTrue(parse(encoder.encode(inner, "usr_3", null)).get("properties").get("inner").asBoolean());
  }

  @Test
  void aRejectedEventLeavesNothingBehindForTheNext() throws IOException {
    EventWriter<String> unbalanced = writer(EventKind.CAPTURE, (value, out) -> out.name("o").beginObject().name("x"));
    assertThrows(EventEncodingException.class, () -> encoder.encode(unbalanced, "usr_1", null));
    EventWriter<String> plain = writer(EventKind.CAPTURE, (value, out) -> out.name("ok").value(true));
    JsonNode event = parse(encoder.encode(plain, "usr_1", null));
    assertTrue(event.get("properties").get("ok").asBoolean());
    assertFalse(event.get("properties").has("o"));
  }

  @Test
  void aHashedPropertyEqualToTheDistinctIdHashesAlike() throws IOException {
    EventWriter<String> writer = writer(EventKind.CAPTURE, (value, out) -> out.name("same").hashed("usr", "usr_1")
        .name("other").hashed("acc", "usr_1"));
    JsonNode event = parse(encoder.encode(writer, "usr_1", null));
    assertEquals(config.wire().hasher().hash("usr", "usr_1"), event.get("distinct_id").asText());
    assertEquals(event.get("distinct_id").asText(), event.get("properties").get("same").asText());
    assertEquals(config.wire().hasher().hash("acc", "usr_1"), event.get("properties").get("other").asText());
  }

  private static EventWriter<String> writer(EventKind kind, BiConsumer<String, JsonOutput> body) {
    return new EventWriter<>() {
      @Override
      public EventDescriptor descriptor() {
        return new EventDescriptor("cf:test.inline", kind, null, "usr", "tests");
      }

      @Override
      public Class<String> eventClass() {
        return String.class;
      }

      @Override
      public String distinctId(String event) {
        return "usr_1";
      }

      @Override
      public void writeProperties(String event, JsonOutput out) {
        body.accept(event, out);
      }
    };
  }

  private void assertMatchesFixture(String fixture, EncodedEvent encoded) throws IOException {
    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("/analytics-go/" + fixture)) {
      expected = JSON.readTree(in);
    }
    ObjectNode actual = (ObjectNode) JSON.readTree(BatchBody.encode(List.of(encoded), config));
    ObjectNode event = (ObjectNode) actual.get("batch").get(0);
    assertEquals(encoded.uuid().toString(), event.remove("uuid").asText());
    ObjectNode properties = (ObjectNode) event.get("properties");
    assertTrue(properties.remove("$geoip_disable").asBoolean());
    assertTrue(properties.remove("$ip").isNull());
    assertEquals(expected, actual, () -> fixture + " differs:\nexpected " + expected + "\nactual   " + actual);
  }

  private static JsonNode parse(EncodedEvent event) throws IOException {
    return JSON.readTree(event.bytes());
  }
}
