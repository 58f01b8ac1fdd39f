package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class PrettyJsonTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void indentsTwoSpacesAndPrintsEmptyContainersOnOneLine() {
    ObjectNode root = PrettyJson.object();
    root.put("name", "a \"quoted\"\n<value>");
    root.putObject("empty");
    root.putArray("none");
    root.putArray("list").add(1).add(new BigDecimal("1.50")).addObject().put("deep", true);
    assertEquals("""
        {
          "name": "a \\"quoted\\"\\n<value>",
          "empty": {},
          "none": [],
          "list": [
            1,
            1.50,
            {
              "deep": true
            }
          ]
        }
        """, PrettyJson.print(root));
  }

  @Property
  void printsExactlyLikeTheReferencePrinter(@ForAll("trees") JsonNode tree) {
    assertEquals(ReferencePrinter.print(tree), PrettyJson.print(tree));
  }

  @Property
  void readsBackAsTheSameTree(@ForAll("trees") JsonNode tree) {
    JsonNode compact = PrettyJson.read(tree.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(compact, PrettyJson.read(PrettyJson.print(tree).getBytes(StandardCharsets.UTF_8)));
  }

  @Provide
  Arbitrary<JsonNode> trees() {
    return tree(3);
  }

  private Arbitrary<JsonNode> tree(int depth) {
    if (depth == 0) {
      return scalars();
    }
    Arbitrary<JsonNode> inner = tree(depth - 1);
    Arbitrary<JsonNode> arrays = inner.list().ofMaxSize(4).map(PrettyJsonTest::array);
    Arbitrary<JsonNode> objects = Combinators.combine(texts(), inner).as(Map::entry).list().ofMaxSize(4)
        .map(PrettyJsonTest::object);
    return Arbitraries.frequencyOf(
        Tuple.of(2, scalars()), Tuple.of(1, arrays), Tuple.of(2, objects));
  }

  private Arbitrary<JsonNode> scalars() {
    return Arbitraries.oneOf(
        texts().map(NODES::textNode),
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(NODES::numberNode),
        Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)),
            Arbitraries.integers().between(-12, 30)).as(BigDecimal::new).map(NODES::numberNode),
        Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY).map(NODES::numberNode),
        Arbitraries.floats().map(NODES::numberNode),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(6).map(NODES::binaryNode),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()));
  }

  /** Any text, and text made of the characters JSON must escape or that look like markup. */
  private static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withChars("\"\\/<>&' \u0000\u0001\u001f\u007f\u2028\ud83d\ude00\ud800").ofMaxLength(12));
  }

  private static JsonNode array(List<JsonNode> items) {
    ArrayNode array = PrettyJson.array();
    items.forEach(array::add);
    return array;
  }

  private static JsonNode object(List<Map.Entry<String, JsonNode>> entries) {
    ObjectNode object = PrettyJson.object();
    entries.forEach(entry -> object.set(entry.getKey(), entry.getValue()));
    return object;
  }

  /** The printer as first written: our layout, and Jackson's own text for keys and scalars. */
  private static final class ReferencePrinter {
    static String print(JsonNode node) {
      StringBuilder out = new StringBuilder();
      print(node, 0, out);
      return out.append('\n').toString();
    }

    private static void print(JsonNode node, int depth, StringBuilder out) {
      if (node.isObject() && node.size() > 0) {
        out.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          out.append("  ".repeat(depth + 1)).append(TextNode.valueOf(field.getKey())).append(": ");
          print(field.getValue(), depth + 1, out);
          out.append(fields.hasNext() ? ",\n" : "\n");
        }
        out.append("  ".repeat(depth)).append('}');
      } else if (node.isArray() && node.size() > 0) {
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
          out.append("  ".repeat(depth + 1));
          print(node.get(i), depth + 1, out);
          out.append(i + 1 < node.size() ? ",\n" : "\n");
        }
        out.append("  ".repeat(depth)).append(']');
      } else {
        out.append(node);
      }
    }
  }
}
