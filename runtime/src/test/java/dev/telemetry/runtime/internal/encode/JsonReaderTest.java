package dev.telemetry.runtime.internal.encode;

import dev.telemetry.runtime.sink.EncodedEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import dev.telemetry.runtime.fixtures.Configs;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void parsesEveryKindOfValue() {
    Object value = JsonReader.parse(" {\"a\":[1,-2.5,true,false,null,\"x\\u00e9\\n\"],\"b\":{},\"c\":12345678901234567890} ");
    assertEquals(
        Map.of("a", java.util.Arrays.asList(1L, -2.5, true, false, null, "xé\n"), "b", Map.of(), "c", 1.2345678901234567e19),
        value);
  }

  @Test
  void errorsGiveTheOffset() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\":}"));
    assertTrue(e.getMessage().contains("offset 5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[1,2"));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("1 2"));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parseObject("[]"));
  }

  /** Whatever string a writer writes, our encoder escapes it so that Jackson and our reader read it back. */
  @Property(tries = 300)
  void stringsRoundTripThroughTheEncoder(@ForAll String text) throws Exception {
    EventWriter<String> writer =
        new EventWriter<>() {
          @Override
          public EventDescriptor descriptor() {
            return new EventDescriptor("cf:test.text", EventKind.CAPTURE, null, "usr", "tests");
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
            out.name("text").value(event).name("list").beginArray().value(event).endArray();
          }
        };
    EncodedEvent encoded = new EventEncoder(Configs.fixture().build()).encode(writer, text, null);
    String expected = wellFormed(text);
    assertEquals(expected, JACKSON.readTree(encoded.bytes()).get("properties").get("text").asText());
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) JsonReader.parseObject(encoded.json()).get("properties");
    assertEquals(expected, properties.get("text"));
    assertEquals(List.of(expected), properties.get("list"));
  }

  /** The text with every unpaired surrogate replaced by U+FFFD, as the encoder sends it. */
  private static String wellFormed(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return out.toString();
  }
}
