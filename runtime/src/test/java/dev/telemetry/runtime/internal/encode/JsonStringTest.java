package dev.telemetry.runtime.internal.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class JsonStringTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Property(tries = 2000)
  void writesTheUtf8OfGoQuoting(@ForAll("strings") String s) {
    byte[] expected = JsonString.quoted(s).getBytes(StandardCharsets.UTF_8);
    assertEquals(expected.length, JsonString.encodedLength(s));
    byte[] buf = new byte[expected.length + 3];
    int end = JsonString.write(s, buf, 3);
    assertEquals(buf.length, end);
    assertArrayEquals(expected, Arrays.copyOfRange(buf, 3, end));
  }

  @Property(tries = 2000)
  void jacksonReadsBackTheString(@ForAll("strings") String s) throws Exception {
    byte[] buf = new byte[(int) JsonString.encodedLength(s)];
    JsonString.write(s, buf, 0);
    assertEquals(withoutUnpairedSurrogates(s), JACKSON.readValue(buf, String.class));
  }

  @Test
  void escapesLikeGo() {
    String s = "a\"b\\c\b\f\n\r\t\u0001<>&\u2028\u2029\u007f\u00e9\u20ac\ud83d\ude00\ud800x";
    byte[] buf = new byte[(int) JsonString.encodedLength(s)];
    JsonString.write(s, buf, 0);
    assertEquals(
        "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u003c\\u003e\\u0026\\u2028\\u2029\u007f\u00e9\u20ac\ud83d\ude00\ufffdx\"",
        new String(buf, StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> strings() {
    // Weighted towards what needs care: ASCII with escapes, two- and three-byte characters,
    // surrogates paired and unpaired.
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.chars().range('\u0000', '\u007f')),
            Tuple.of(2, Arbitraries.chars().range('\u0080', '\u07ff')),
            Tuple.of(2, Arbitraries.chars().range('\u0800', '\uffff')),
            Tuple.of(1, Arbitraries.of('\u2028', '\u2029', '<', '>', '&', '"', '\\')));
    return Arbitraries.oneOf(
        chars.list().ofMaxSize(40).map(JsonStringTest::join),
        Arbitraries.strings().all().ofMaxLength(40));
  }

  private static String join(List<Character> chars) {
    StringBuilder b = new StringBuilder(chars.size());
    chars.forEach(b::append);
    return b.toString();
  }

  private static String withoutUnpairedSurrogates(String s) {
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
}
