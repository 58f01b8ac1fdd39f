package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints JSON trees the same way on every machine: two-space indent, {@code "key": value},
 * {@code \n} line endings, keys in the order they were added, numbers exactly as read.
 */
final class PrettyJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private PrettyJson() {}

  /** A new empty object node. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty array node. */
  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Reads JSON bytes, keeping key order and exact numbers. */
  static JsonNode read(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("the runtime produced JSON that cannot be read back", e);
    }
  }

  /** The tree as indented text, ending with a line break. */
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
        indent(depth + 1, out).append(TextNode.valueOf(field.getKey())).append(": ");
        print(field.getValue(), depth + 1, out);
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      indent(depth, out).append('}');
    } else if (node.isArray() && node.size() > 0) {
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        indent(depth + 1, out);
        print(node.get(i), depth + 1, out);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      indent(depth, out).append(']');
    } else {
      out.append(node);
    }
  }

  private static StringBuilder indent(int depth, StringBuilder out) {
    return out.append("  ".repeat(depth));
  }
}
