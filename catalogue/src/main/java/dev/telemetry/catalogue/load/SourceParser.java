package dev.telemetry.catalogue.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.telemetry.catalogue.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link Node} tree with locations. Syntax errors, duplicate keys
 * and unsupported YAML features become problems; no parser exception leaves this class.
 */
final class SourceParser {
  /** Deeper than any sensible catalogue; guards the recursive descent. */
  private static final int MAX_DEPTH = 40;

  /** Empty values ({@code key:}) read as null, not as empty text, so messages can say so. */
  private static final YAMLFactory YAML = YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final String file;
  private final Problems problems;
  private final SourceText source;

  private SourceParser(String file, String text, Problems problems) {
    this.file = file;
    this.problems = problems;
    this.source = new SourceText(text);
  }

  /**
   * Parses {@code text}; returns the root value, or null when the text has no usable value (the
   * reason is then recorded in {@code problems}).
   */
  static Node parse(String file, String text, Problems problems) {
    return new SourceParser(file, text, problems).parse(text, isJson(file, text));
  }

  private static boolean isJson(String file, String text) {
    return file.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
  }

  private Node parse(String text, boolean json) {
    try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.error(ProblemCode.SYNTAX, new Location(file, 1, 1), "The file is empty.",
            "Start it with 'catalogue: 1' and declare the namespace, product and events.");
        return null;
      }
      Node root = read(parser, 0);
      if (parser.nextToken() != null) {
        problems.error(ProblemCode.SYNTAX, location(parser.currentTokenLocation()),
            "The file holds more than one document.", "Keep one catalogue per file and remove the '---' separator.");
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      syntaxError(e);
      return null;
    } catch (IOException e) {
      problems.error(ProblemCode.SYNTAX, new Location(file, 1, 1), "The file cannot be read: " + e.getMessage(), null);
      return null;
    }
  }

  private Node read(JsonParser parser, int depth) throws IOException {
    Location at = location(parser.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      problems.error(ProblemCode.SYNTAX, at, "The values are nested more than " + MAX_DEPTH + " levels deep.",
          "A catalogue never needs this much nesting; check the indentation.");
      parser.skipChildren();
      return new Node.Scalar(Node.ScalarType.NULL, "", null, at);
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readMapping(parser, depth, at);
      case START_ARRAY -> readSequence(parser, depth, at);
      case VALUE_STRING -> readText(parser, at);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> readNumber(parser, token, at);
      case VALUE_TRUE, VALUE_FALSE ->
          new Node.Scalar(Node.ScalarType.BOOLEAN, parser.getText(), token == JsonToken.VALUE_TRUE, at);
      case VALUE_NULL -> new Node.Scalar(Node.ScalarType.NULL, parser.getText(), null, at);
      default -> {
        problems.error(ProblemCode.SYNTAX, at, "This value cannot be used in a catalogue (binary or tagged data).",
            "Write plain text, numbers, booleans, lists and mappings only.");
        yield new Node.Scalar(Node.ScalarType.NULL, "", null, at);
      }
    };
  }

  private Node readMapping(JsonParser parser, int depth, Location at) throws IOException {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    boolean flow = parser instanceof YAMLParser && source.charAt(at) == '{';
    Node.Entry previous = null;
    SplitText split = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Location keyAt = location(parser.currentTokenLocation());
      parser.nextToken();
      Node value = read(parser, depth + 1);
      if (flow && previous != null && endedByComma(previous, value)) {
        // YAML is YAML: the text really ends at the comma. Say so once, with the whole text quoted.
        split = split == null ? new SplitText(previous, keyAt, key) : split.and(key);
        continue;
      }
      report(split);
      split = null;
      Node.Entry first = entries.get(key);
      if (first == null) {
        previous = new Node.Entry(key, keyAt, value);
        entries.put(key, previous);
      } else {
        previous = null;
        problems.error(ProblemCode.DUPLICATE_KEY, keyAt,
            "Duplicate key '" + key + "'; it is already defined at line " + first.keyLocation().line() + ".",
            "Remove one of the two, or merge them.");
      }
    }
    report(split);
    return new Node.Mapping(new ArrayList<>(entries.values()), at);
  }

  /**
   * Whether a flow-mapping entry is a piece of the previous plain text cut off by a comma: in
   * <code>{ description: The timing, if any. }</code> YAML reads "if any." as a key without a
   * value, which no catalogue key ever is. The author almost surely meant a comma inside the text.
   */
  private boolean endedByComma(Node.Entry previous, Node value) {
    return previous.value() instanceof Node.Scalar text
        && text.isText()
        && !text.text().isEmpty()
        && source.isPlain(text.location())
        && value instanceof Node.Scalar empty
        && (empty.type() == Node.ScalarType.NULL || empty.text().isEmpty())
        && source.lastBefore(empty.location()) != ':';
  }

  private void report(SplitText split) {
    if (split != null) {
      problems.error(ProblemCode.SYNTAX, split.strayAt(), split.message(), split.fix());
    }
  }

  /** Plain text of {@code entry} that one or more commas cut into extra keys without values. */
  private record SplitText(Node.Entry entry, Location strayAt, List<String> pieces) {
    SplitText(Node.Entry entry, Location strayAt, String firstPiece) {
      this(entry, strayAt, List.of(firstPiece));
    }

    SplitText and(String piece) {
      List<String> more = new ArrayList<>(pieces);
      more.add(piece);
      return new SplitText(entry, strayAt, List.copyOf(more));
    }

    private String text() {
      return ((Node.Scalar) entry.value()).text();
    }

    String message() {
      return "Inside '{ }' a comma ends unquoted text, so the value of '" + entry.key() + "' is only '" + text()
          + "' and '" + pieces.get(0) + "' is read as another key without a value.";
    }

    String fix() {
      String whole = text() + ", " + String.join(", ", pieces);
      String quoted = whole.contains("\"")
          ? "'" + whole.replace("'", "''") + "'"
          : "\"" + whole.replace("\\", "\\\\") + "\"";
      return "Quote the text: " + entry.key() + ": " + quoted;
    }
  }

  private Node readSequence(JsonParser parser, int depth, Location at) throws IOException {
    List<Node> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser, depth + 1));
    }
    return new Node.Sequence(items, at);
  }

  private Node readText(JsonParser parser, Location at) throws IOException {
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problems.error(ProblemCode.SYNTAX, at, "YAML aliases (*" + parser.getText() + ") are not supported in a catalogue.",
          "Write the value out in full instead of referring to an anchor.");
    }
    return new Node.Scalar(Node.ScalarType.TEXT, parser.getText(), parser.getText(), at);
  }

  private Node readNumber(JsonParser parser, JsonToken token, Location at) throws IOException {
    String text = parser.getText();
    try {
      return token == JsonToken.VALUE_NUMBER_INT
          ? new Node.Scalar(Node.ScalarType.INTEGER, text, parser.getBigIntegerValue(), at)
          : new Node.Scalar(Node.ScalarType.DECIMAL, text, parser.getDecimalValue(), at);
    } catch (NumberFormatException e) {
      problems.error(ProblemCode.SYNTAX, at, "The number " + text + " cannot be read as a finite number.",
          "Write a plain number such as 3 or 1.5, or quote it to make it text.");
      return new Node.Scalar(Node.ScalarType.NULL, text, null, at);
    }
  }

  /** Turns a parser failure into one problem with the parser's location and a plain message. */
  private void syntaxError(JsonProcessingException e) {
    MarkedYAMLException yaml = yamlCause(e);
    if (yaml != null && yaml.getProblemMark() != null) {
      Mark context = yaml.getContextMark();
      String during = yaml.getContext() == null || context == null
          ? ""
          : " (" + yaml.getContext() + " that starts at line " + (context.getLine() + 1)
              + ", column " + (context.getColumn() + 1) + ")";
      // An unclosed quote or bracket is found at the end of the file; its start is the useful place.
      Mark at = context != null && String.valueOf(yaml.getProblem()).contains("end of stream")
          ? context
          : yaml.getProblemMark();
      problems.error(ProblemCode.SYNTAX, location(at),
          "The YAML is malformed: " + plain(yaml.getProblem()) + during + ".", syntaxFix(yaml.getProblem()));
      return;
    }
    JsonLocation where = e.getLocation();
    Location at = where == null ? new Location(file, 1, 1) : location(where);
    problems.error(ProblemCode.SYNTAX, at, "The file is malformed: " + plain(e.getOriginalMessage()) + ".",
        "Check the brackets, quotes, commas and indentation near this place.");
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked) {
        return marked;
      }
    }
    return null;
  }

  /** Drops the parser's internal event names, which mean nothing to a user. */
  private static String plain(String message) {
    if (message == null) {
      return "unreadable content";
    }
    if (message.startsWith("Expected a field name")) {
      return "a key must be plain text, not a list or a mapping";
    }
    String line = message.strip();
    int internal = line.indexOf(" <org.");
    if (internal >= 0) {
      line = line.substring(0, internal);
    }
    int newline = line.indexOf('\n');
    if (newline >= 0) {
      line = line.substring(0, newline);
    }
    while (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.endsWith(" :")) {
      line = line.substring(0, line.length() - 1) + "':'";
    }
    return line;
  }

  private static String syntaxFix(String problem) {
    if (problem != null && problem.contains("TAB")) {
      return "Indent with spaces; YAML does not allow tabs.";
    }
    return "Check the indentation, quotes and brackets near this place.";
  }

  private Location location(JsonLocation where) {
    return new Location(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
  }

  private Location location(Mark mark) {
    return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }
}
