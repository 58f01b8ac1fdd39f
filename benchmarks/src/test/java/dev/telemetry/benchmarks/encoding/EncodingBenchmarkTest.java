package dev.telemetry.benchmarks.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contenders of the encoding benchmark do the same job: every event, once, the same values. */
class EncodingBenchmarkTest {
  private static final Pattern MARKER = Pattern.compile("\"req_(\\d+)\"|rule-(\\d+)@");
  private static final Comparator<JsonNode> SAME_VALUE =
      (a, b) -> a.equals(b) || (a.isNumber() && b.isNumber() && a.doubleValue() == b.doubleValue()) ? 0 : 1;
  private final EncodingBenchmark benchmark = new EncodingBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @Test
  void everyContenderWritesEveryEventOnce() throws Exception {
    List<byte[]> bodies = List.of(benchmark.ours(), benchmark.jackson(), benchmark.posthogServer(),
        benchmark.posthogJava(), benchmark.segment());
    for (byte[] body : bodies) {
      assertEquals(expectedNumbers(), numbers(new String(body, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void jacksonWritesWhatOursWritesApartFromUuidAndTimestamp() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode ours = json.readTree(benchmark.ours()).get("batch");
    JsonNode jackson = json.readTree(benchmark.jackson()).get("batch");
    assertEquals(EncodingBenchmark.EVENTS, ours.size());
    for (int i = 0; i < ours.size(); i++) {
      JsonNode expected = withoutUuidAndTimestamp(ours.get(i));
      JsonNode actual = withoutUuidAndTimestamp(jackson.get(i));
      // Ours writes 3600.0 as 3600, as Go does; the two are the same JSON number.
      assertTrue(expected.equals(SAME_VALUE, actual), () -> expected + "\n" + actual);
    }
  }

  private static JsonNode withoutUuidAndTimestamp(JsonNode event) {
    ObjectNode copy = event.deepCopy();
    copy.remove("uuid");
    copy.remove("timestamp");
    return copy;
  }

  private static List<Integer> expectedNumbers() {
    List<Integer> numbers = new ArrayList<>();
    for (int n = 0; n < EncodingBenchmark.EVENTS; n++) {
      numbers.add(n);
    }
    return numbers;
  }

  private static List<Integer> numbers(String body) {
    List<Integer> numbers = new ArrayList<>();
    Matcher matcher = MARKER.matcher(body);
    while (matcher.find()) {
      numbers.add(Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }
    return numbers;
  }
}
