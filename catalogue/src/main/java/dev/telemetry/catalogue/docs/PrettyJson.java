package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
    value(node, 0, out);
    return out.append('\n').toString();
  }

  /**
   * Walks the tree by hand: a Jackson generator costs far more per node while the JIT is cold,
   * which it is during a compile. Scalars read exactly as {@link JsonNode#toString} writes them.
   */
  private static void value(JsonNode node, int depth, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> object(node, depth, out);
      case ARRAY -> array(node, depth, out);
      case STRING -> quote(node.textValue(), out);
      case NUMBER -> number(node, out);
      case BOOLEAN -> out.append(node.booleanValue());
      case NULL -> out.append("null");
      default -> out.append(node);
    }
  }

  private static void object(JsonNode node, int depth, StringBuilder out) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      indent(depth + 1, out.append(separator));
      quote(field.getKey(), out).append(": ");
      value(field.getValue(), depth + 1, out);
      separator = ",\n";
    }
    indent(depth, out.append('\n')).append('}');
  }

  private static void array(JsonNode node, int depth, StringBuilder out) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (JsonNode item : node) {
      indent(depth + 1, out.append(separator));
      value(item, depth + 1, out);
      separator = ",\n";
    }
    indent(depth, out.append('\n')).append(']');
  }

  /** Whole and decimal numbers as Jackson writes them; floating point through Jackson itself. */
  private static void number(JsonNode node, StringBuilder out) {
    switch (node.numberType()) {
      case INT -> out.append(node.intValue());
      case LONG -> out.append(node.longValue());
      case BIG_INTEGER -> out.append(node.bigIntegerValue());
      case BIG_DECIMAL -> out.append(node.decimalValue());
      default -> out.append(node);
    }
  }

  /**
   * A JSON string as Jackson writes one: {@code "} and {@code \} escaped, control characters as
   * short escapes or six-character hex escapes, everything else (non-ASCII, lone surrogates) as is.
   */
  private static StringBuilder quote(String text, StringBuilder out) {
    out.append('"');
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        out.append(text, run, i).append('\\');
        switch (c) {
          case '"', '\\' -> out.append(c);
          case '\b' -> out.append('b');
          case '\t' -> out.append('t');
          case '\n' -> out.append('n');
          case '\f' -> out.append('f');
          case '\r' -> out.append('r');
          default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
        run = i + 1;
      }
    }
    // A whole string appends in one copy; a range of one goes char by char on Java 17.
    return (run == 0 ? out.append(text) : out.append(text, run, text.length())).append('"');
  }

  private static StringBuilder indent(int depth, StringBuilder out) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }
}
