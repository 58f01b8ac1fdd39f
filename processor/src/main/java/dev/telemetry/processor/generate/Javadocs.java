package dev.telemetry.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** Turns catalogue text into Javadoc that cannot break the generated source. */
final class Javadocs {
  private static final int WIDTH = 92;

  private Javadocs() {}

  /**
   * Escapes text for Javadoc: HTML specials, the comment terminator, tags, and backslashes (javac
   * reads unicode escapes even inside comments). Null is empty text.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Catalogue text as code: {@code {@code text}} when that shows it as it is, else an HTML
   * {@code <code>} element with the special characters escaped.
   */
  static String code(String text) {
    String escaped = escape(text);
    if (escaped.equals(text) && text.indexOf('{') < 0 && text.indexOf('}') < 0) {
      return "{@code " + text + "}";
    }
    return "<code>" + escaped.replace("{", "&#123;").replace("}", "&#125;") + "</code>";
  }

  /**
   * A paragraph of Javadoc: {@code text} (already escaped, it may hold tags) wrapped at word
   * boundaries, each line after the first indented by {@code continuation}, ending in a newline.
   */
  static CodeBlock paragraph(String text, String continuation) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : words(text)) {
      if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
        out.append('\n').append(continuation);
        lineLength = continuation.length();
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return CodeBlock.of("$L\n", out);
  }

  /** The words of a text, keeping each inline tag such as {@code {@code a b}} together. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder tag = null;
    int depth = 0;
    for (String word : text.trim().split("\\s+")) {
      if (tag == null && word.startsWith("{@")) {
        tag = new StringBuilder(word);
      } else if (tag != null) {
        tag.append(' ').append(word);
      } else {
        words.add(word);
        continue;
      }
      depth += count(word, '{') - count(word, '}');
      if (depth <= 0) {
        words.add(tag.toString());
        tag = null;
        depth = 0;
      }
    }
    if (tag != null) {
      words.add(tag.toString());
    }
    return words;
  }

  private static int count(String word, char c) {
    return (int) word.chars().filter(ch -> ch == c).count();
  }

  /** A wrapped {@code @param} entry. */
  static CodeBlock param(String name, String text) {
    return paragraph("@param " + name + " " + text, "    ");
  }
}
