package dev.telemetry.catalogue.docs;

import java.util.List;

/**
 * Renders the page as Markdown that GitHub, MkDocs and Docusaurus (MDX) all read: GitHub tables,
 * fenced code, explicit {@code <a id>} anchors so links work whatever heading ids a site makes,
 * and every piece of catalogue text escaped.
 */
final class MarkdownWriter {
  private final StringBuilder out = new StringBuilder();

  private MarkdownWriter() {}

  /** The page as Markdown text with {@code \n} line endings. */
  static String render(List<Block> blocks) {
    MarkdownWriter writer = new MarkdownWriter();
    writer.blocks(blocks);
    return writer.out.toString();
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      block(block);
    }
  }

  private void block(Block block) {
    if (block instanceof Block.Heading heading) {
      if (heading.level() > 1) {
        out.append("<a id=\"").append(heading.anchor()).append("\"></a>\n\n");
      }
      out.append("#".repeat(heading.level())).append(' ');
      inlines(heading.content(), false);
      out.append("\n\n");
    } else if (block instanceof Block.Paragraph paragraph) {
      inlines(paragraph.content(), false);
      out.append("\n\n");
    } else if (block instanceof Block.Bullets bullets) {
      for (List<Inline> item : bullets.items()) {
        out.append("- ");
        inlines(item, false);
        out.append('\n');
      }
      out.append('\n');
    } else if (block instanceof Block.Table table) {
      table(table);
    } else if (block instanceof Block.CodeBlock code) {
      String fence = "`".repeat(Math.max(3, longestRun(code.text(), '`') + 1));
      out.append(fence).append(code.language()).append('\n').append(code.text());
      if (!code.text().endsWith("\n")) {
        out.append('\n');
      }
      out.append(fence).append("\n\n");
    } else if (block instanceof Block.EventSection section) {
      blocks(section.blocks());
    }
  }

  private void table(Block.Table table) {
    out.append('|');
    for (String header : table.headers()) {
      out.append(' ');
      escapeText(header, true, out).append(" |");
    }
    out.append("\n|");
    out.append("---|".repeat(table.headers().size()));
    out.append('\n');
    for (List<List<Inline>> row : table.rows()) {
      out.append('|');
      for (List<Inline> cell : row) {
        out.append(' ');
        inlines(cell, true);
        out.append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private void inlines(List<Inline> inlines, boolean inTable) {
    for (Inline inline : inlines) {
      inline(inline, inTable);
    }
  }

  private void inline(Inline inline, boolean inTable) {
    if (inline instanceof Inline.Text text) {
      escapeText(text.text(), inTable, out);
    } else if (inline instanceof Inline.Strong strong) {
      out.append("**");
      escapeText(strong.text(), inTable, out).append("**");
    } else if (inline instanceof Inline.Code code) {
      out.append(codeSpan(code.text(), inTable));
    } else if (inline instanceof Inline.Link link) {
      out.append('[');
      inline(link.label(), inTable);
      out.append("](").append(link.href()).append(')');
    }
  }

  /**
   * Escapes the characters that Markdown or MDX would read as markup. Line breaks become
   * {@code <br/>} inside table cells (a cell is one line) and spaces elsewhere.
   */
  static String escapeText(String text, boolean inTable) {
    return escapeText(text, inTable, new StringBuilder(text.length())).toString();
  }

  /** Appends {@code text} escaped to {@code out}, copying the runs that need no escape at once. */
  static StringBuilder escapeText(String text, boolean inTable, StringBuilder out) {
    String lineBreak = inTable ? "<br/>" : " ";
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.append(text, run, i).append(lineBreak);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        run = i + 1;
      } else if (isMarkup(c)) {
        out.append(text, run, i).append('\\');
        run = i;
      }
    }
    // A whole string appends in one copy; a range of one goes char by char on Java 17.
    return run == 0 ? out.append(text) : out.append(text, run, text.length());
  }

  private static boolean isMarkup(char c) {
    return switch (c) {
      case '\\', '`', '*', '_', '[', ']', '<', '>', '{', '}', '|', '#', '&', '!', '~' -> true;
      default -> false;
    };
  }

  /**
   * A code span that shows {@code text} as is: delimited by more backticks than it contains,
   * with {@code |} escaped in tables (GitHub reads the cell boundary before the code span).
   */
  static String codeSpan(String text, boolean inTable) {
    String content = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    if (inTable) {
      content = content.replace("|", "\\|");
    }
    String ticks = "`".repeat(longestRun(content, '`') + 1);
    // CommonMark strips one space from each end of a code span that has one at both ends.
    boolean pad = content.startsWith("`") || content.endsWith("`")
        || content.startsWith(" ") && content.endsWith(" ") && !content.isBlank();
    return ticks + (pad ? " " + content + " " : content) + ticks;
  }

  private static int longestRun(String text, char c) {
    if (text.indexOf(c) < 0) {
      return 0; // the usual case, found by the JDK's scan, which is compiled long before ours
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
