package dev.telemetry.runtime.internal.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.hash.Hasher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final Hasher SHA = Hasher.sha256();

  @Property(tries = 2000)
  void stringsAndNamesReadBackWithJackson(@ForAll String name, @ForAll String value) throws Exception {
    JsonWriter out = new JsonWriter(SHA, 1 << 20);
    out.beginObject().name(name).value(value).endObject();
    JsonNode read = JACKSON.readTree(out.toByteArray());
    // Unpaired surrogates cannot be UTF-8; like Go, the writer sends U+FFFD for them.
    assertEquals(wellFormed(value), read.get(wellFormed(name)).asText());
  }

  @Property(tries = 2000)
  void stringsAreWrittenAsGoWritesThem(@ForAll String value) {
    JsonWriter out = new JsonWriter(SHA, 1 << 20);
    out.value(value);
    assertEquals(JsonString.quoted(value), new String(out.toByteArray(), StandardCharsets.UTF_8));
  }

  @Property(tries = 2000)
  void namesAndConstantsAreWrittenAsGoWritesThemEveryTime(@ForAll String s) {
    // The second round is served from QuotedNames when the string was kept in the first.
    for (int round = 0; round < 2; round++) {
      JsonWriter out = new JsonWriter(SHA, 1 << 20);
      out.beginObject();
      out.name(s).constant(s).endObject();
      String quoted = JsonString.quoted(s);
      assertEquals("{" + quoted + ":" + quoted + "}", text(out));
    }
  }

  @Test
  void aKeptNameStillCountsAgainstTheLimit() {
    String name = "a_name_that_is_kept";
    new JsonWriter(SHA, 1024).beginObject().name(name);
    JsonWriter out = new JsonWriter(SHA, 10);
    EventEncodingException e =
        assertThrows(EventEncodingException.class, () -> out.beginObject().name(name));
    assertEquals(DropReason.EVENT_TOO_LARGE, e.reason());
  }

  @Property(tries = 2000)
  void integersAreTheirDecimalDigits(@ForAll long value) {
    JsonWriter out = new JsonWriter(SHA, 64);
    out.value(value);
    assertEquals(Long.toString(value), text(out));
  }

  @Test
  void extremeIntegers() {
    for (long value : new long[] {0, -1, 9, 10, -10, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
      JsonWriter out = new JsonWriter(SHA, 64);
      out.value(value);
      assertEquals(Long.toString(value), text(out));
    }
  }

  @Property(tries = 2000)
  void doublesAreWrittenWithoutAFractionWhenIntegralElseAsDoubleToStringWritesThem(
      @ForAll double first, @ForAll double second, @ForAll long integral) {
    JsonWriter out = new JsonWriter(SHA, 1024);
    out.beginArray();
    // The same writer twice, and an integral double: its scratch must not carry one value into the next.
    double[] values = {first, second, first, (double) integral, (double) (integral % 1_000_000_000L) / 8};
    StringBuilder expected = new StringBuilder("[");
    for (double value : values) {
      if (Double.isFinite(value)) {
        out.value(value);
        expected.append(expected.length() > 1 ? "," : "").append(formattedAsBefore(value));
      }
    }
    out.endArray();
    assertEquals(expected.append(']').toString(), text(out));
  }

  @Test
  void extremeDoubles() {
    double[] values = {
      0.0, -0.0, 1e15, -1e15, 999_999_999_999_999.0, 1e15 + 2, 0.1, -2.5, 1e-7, 1e21, Double.MIN_VALUE,
      -Double.MAX_VALUE, (double) Long.MIN_VALUE, 4.35, 200.25, 1800.5
    };
    for (double value : values) {
      JsonWriter out = new JsonWriter(SHA, 64);
      out.value(value);
      assertEquals(formattedAsBefore(value), text(out));
    }
  }

  /** The format the wire has always had, through strings. */
  private static String formattedAsBefore(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  @Property(tries = 1000)
  void uuidsAreWrittenAsToStringWritesThem(@ForAll long high, @ForAll long low) {
    UUID uuid = new UUID(high, low);
    JsonWriter out = new JsonWriter(SHA, 64);
    out.uuid(high, low);
    assertEquals("\"" + uuid + "\"", text(out));
  }

  @Test
  void instantsOutsideFourDigitYearsAreFormattedAsIsoInstantDoes() {
    for (String text : new String[] {"+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59.5Z", "2009-11-10T23:00:00Z"}) {
      Instant instant = Instant.parse(text);
      JsonWriter out = new JsonWriter(SHA, 64);
      out.value(instant);
      assertEquals("\"" + DateTimeFormatter.ISO_INSTANT.format(instant) + "\"", text(out));
    }
  }

  @Test
  void aFragmentWrittenAgainGivesTheBytesAndStateOfWritingItsMembers() {
    JsonWriter recorder = new JsonWriter(SHA, 1024);
    recorder.beginObject().name("first").value(1);
    JsonWriter.Position start = recorder.position();
    recorder.name("lib").constant("x").name("properties").beginObject().name("$ip").nullValue();
    JsonWriter.Fragment fragment = recorder.fragmentSince(start);

    for (boolean direct : new boolean[] {true, false}) {
      JsonWriter out = new JsonWriter(SHA, 1024);
      out.beginObject().name("other").value("a");
      if (direct) {
        out.name("lib").constant("x").name("properties").beginObject().name("$ip").nullValue();
      } else {
        out.write(fragment);
      }
      out.name("p").value(2).endObject().name("after").beginArray().value(3).endArray().endObject();
      assertEquals(
          "{\"other\":\"a\",\"lib\":\"x\",\"properties\":{\"$ip\":null,\"p\":2},\"after\":[3]}",
          text(out));
      assertEquals(0, out.depth());
    }
  }

  @Test
  void aFragmentIsRefusedOutsideTheStateItWasRecordedIn() {
    JsonWriter recorder = new JsonWriter(SHA, 1024);
    recorder.beginObject().name("first").value(1);
    JsonWriter.Position start = recorder.position();
    recorder.name("a").value(true);
    JsonWriter.Fragment fragment = recorder.fragmentSince(start);

    JsonWriter empty = new JsonWriter(SHA, 1024);
    empty.beginObject();
    assertThrows(IllegalStateException.class, () -> empty.write(fragment));
    JsonWriter afterName = new JsonWriter(SHA, 1024);
    afterName.beginObject().name("x").value(0).name("y");
    assertThrows(IllegalStateException.class, () -> afterName.write(fragment));
    JsonWriter tooSmall = new JsonWriter(SHA, 12);
    tooSmall.beginObject().name("x").value(0);
    assertEquals(
        DropReason.EVENT_TOO_LARGE,
        assertThrows(EventEncodingException.class, () -> tooSmall.write(fragment)).reason());
  }

  @Test
  void theDistinctIdHashIsCopiedForTheSamePrefixAndIdentifierOnly() {
    JsonWriter out = new JsonWriter(SHA, 1024);
    out.beginArray().hashedDistinctId("usr", "usr_1").hashed("usr", "usr_1").hashed("acc", "usr_1")
        .hashed("usr", "usr_2").hashed("usr", 7L).endArray();
    assertEquals(
        "[\"" + SHA.hash("usr", "usr_1") + "\",\"" + SHA.hash("usr", "usr_1") + "\",\""
            + SHA.hash("acc", "usr_1") + "\",\"" + SHA.hash("usr", "usr_2") + "\",\""
            + SHA.hash("usr", 7L) + "\"]",
        text(out));
  }

  @Test
  void aResetWriterStartsEmptyAndForgetsTheDistinctId() {
    JsonWriter out = new JsonWriter(SHA, 1024);
    out.beginObject().name("id").hashedDistinctId("usr", "usr_1").name("b").beginArray().value(1);
    assertEquals("{\"id\":\"" + SHA.hash("usr", "usr_1") + "\",\"b\":[1", text(out));

    out.reset(SHA, 1024);
    out.beginObject().name("a_longer_name_first").value(true).name("a").hashed("usr", "usr_1").endObject();
    assertEquals(
        "{\"a_longer_name_first\":true,\"a\":\"" + SHA.hash("usr", "usr_1") + "\"}", text(out));
  }

  @Test
  void prefixesThatNeedEscapesOrAreLongAreHashedAlike() {
    String longPrefix = "p".repeat(100);
    JsonWriter out = new JsonWriter(SHA, 4096);
    out.beginArray().hashed("a<b", "x").hashed(longPrefix, "x").hashed(longPrefix, 3L).endArray();
    assertEquals(
        "[" + JsonString.quoted(SHA.hash("a<b", "x")) + "," + JsonString.quoted(SHA.hash(longPrefix, "x")) + ","
            + JsonString.quoted(SHA.hash(longPrefix, 3L)) + "]",
        text(out));
  }

  @Test
  void aStringPastTheLimitIsTooLargeEvenWhenTheBufferHasRoom() {
    JsonWriter out = new JsonWriter(SHA, 10);
    out.beginArray().value("12345");
    EventEncodingException e = assertThrows(EventEncodingException.class, () -> out.value("x"));
    assertEquals(DropReason.EVENT_TOO_LARGE, e.reason());
    JsonWriter exact = new JsonWriter(SHA, 9);
    exact.value("\u00e9\u00e9\u00e9a");
    assertEquals("\"\u00e9\u00e9\u00e9a\"", text(exact));
  }

  private static String wellFormed(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return b.toString();
  }

  private static String text(JsonWriter out) {
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void misuseThatWouldMakeInvalidJsonRejectsTheEvent() {
    java.util.List<java.util.function.Consumer<JsonWriter>> misuses =
        java.util.List.of(
            out -> out.beginObject().name("a").name("b"),
            out -> out.beginObject().value("no name"),
            out -> out.beginObject().name("a").value(1).value(2),
            out -> out.beginArray().name("a"),
            out -> out.beginObject().endArray(),
            out -> out.beginArray().endObject(),
            out -> out.beginObject().name("a").endObject(),
            out -> out.beginObject().endObject().endObject(),
            out -> out.name("top"),
            out -> out.beginObject().endObject().value(1));
    for (int i = 0; i < misuses.size(); i++) {
      JsonWriter out = new JsonWriter(SHA, 4096);
      java.util.function.Consumer<JsonWriter> misuse = misuses.get(i);
      assertThrows(dev.telemetry.runtime.event.EventRejectedException.class, () -> misuse.accept(out), "misuse " + i);
    }
  }

  @Test
  void wellFormedNestingIsAccepted() {
    JsonWriter out = new JsonWriter(SHA, 4096);
    out.beginObject().name("a").beginArray().value(1).beginObject().name("b").nullValue().endObject()
        .beginArray().endArray().endArray().name("c").value(true).endObject();
    assertEquals("{\"a\":[1,{\"b\":null},[]],\"c\":true}", text(out));
  }
}
