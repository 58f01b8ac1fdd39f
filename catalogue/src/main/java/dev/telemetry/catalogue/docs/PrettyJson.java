package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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
    StringWriter out = new StringWriter();
    // One generator for the whole tree: Jackson writes every scalar exactly as JsonNode.toString
    // does, and the layout below only places the line breaks and indents.
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
      generator.setPrettyPrinter(new Layout());
      MAPPER.writeTree(generator, node);
    } catch (IOException e) {
      throw new UncheckedIOException("a JSON tree cannot fail to print to a string", e);
    }
    return out.append('\n').toString();
  }

  /**
   * Our indentation: a line per member, two spaces a level, {@code ": "} after keys, and empty
   * containers as {@code {}} and {@code []}. Holds the depth, so it serves one print only.
   */
  private static final class Layout implements PrettyPrinter {
    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator generator) {
      // A print holds one root value.
    }

    @Override
    public void writeStartObject(JsonGenerator generator) throws IOException {
      generator.writeRaw('{');
      depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator generator) throws IOException {
      newLine(generator);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(',');
      newLine(generator);
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
      close(generator, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
      generator.writeRaw('[');
      depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
      newLine(generator);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
      generator.writeRaw(',');
      newLine(generator);
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
      close(generator, values, ']');
    }

    private void close(JsonGenerator generator, int members, char bracket) throws IOException {
      depth--;
      if (members > 0) {
        newLine(generator);
      }
      generator.writeRaw(bracket);
    }

    private void newLine(JsonGenerator generator) throws IOException {
      generator.writeRaw('\n');
      for (int i = 0; i < depth; i++) {
        generator.writeRaw("  ");
      }
    }
  }
}
