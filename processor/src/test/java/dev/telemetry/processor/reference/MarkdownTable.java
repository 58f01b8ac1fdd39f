package dev.telemetry.processor.reference;

import java.util.ArrayList;
import java.util.List;

/** A GitHub/MkDocs Markdown table, built row by row from cells that are already Markdown. */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  /** Adds one row; it must have one cell per column. */
  MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The table, one line per row, ending with a line break. */
  String render() {
    StringBuilder out = new StringBuilder();
    line(out, header);
    out.append('|').append("---|".repeat(header.size())).append('\n');
    for (List<String> row : rows) {
      line(out, row);
    }
    return out.toString();
  }

  /**
   * Descriptor text as a cell: characters that would end the cell or turn into HTML or emphasis
   * ({@code |}, {@code <}, {@code >}, {@code *}) are escaped, so the sentence reads as written.
   */
  static String text(String plain) {
    StringBuilder out = new StringBuilder(plain.length());
    for (char c : plain.strip().toCharArray()) {
      switch (c) {
        case '|' -> out.append("\\|");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '*' -> out.append("\\*");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A code span: names, codes and patterns, shown exactly. */
  static String code(String literal) {
    if (literal.indexOf('`') >= 0 || literal.indexOf('|') >= 0) {
      throw new IllegalArgumentException("cannot show " + literal + " as a code span in a table cell");
    }
    return "`" + literal + "`";
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(" |");
    }
    out.append('\n');
  }
}
