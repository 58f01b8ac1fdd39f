package dev.telemetry.catalogue.docs;

import java.util.List;

/**
 * Renders the page as Markdown that GitHub, MkDocs and Docusaurus (MDX) all read the same way.
 * Catalogue text is escaped with HTML character references, which all three decode (Python-Markdown
 * ignores most backslash escapes, and MDX reads {@code <} and {@code {}} as JSX and expressions); a
 * block that would start like markup or like an MDX {@code import}/{@code export} has its first
 * character escaped too. What one syntax cannot serve for all depends on the {@link DocsFlavor}:
 * heading ids, notes, and a {@code |} inside code in a table.
 */
final class MarkdownWriter {
  private final StringBuilder out = new StringBuilder();
  private final DocsFlavor flavor;

  private MarkdownWriter(DocsFlavor flavor) {
    this.flavor = flavor;
  }

  /** The page as GitHub-flavoured Markdown text with {@code \n} line endings. */
  static String render(List<Block> blocks) {
    return render(blocks, DocsFlavor.GITHUB);
  }

  /** The page as Markdown for {@code flavor}, with {@code \n} line endings. */
  static String render(List<Block> blocks, DocsFlavor flavor) {
    MarkdownWriter writer = new MarkdownWriter(flavor);
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
      heading(heading);
    } else if (block instanceof Block.Paragraph paragraph) {
      blockInlines(paragraph.content());
      out.append("\n\n");
    } else if (block instanceof Block.Note note) {
      note(note);
    } else if (block instanceof Block.Bullets bullets) {
      for (List<Inline> item : bullets.items()) {
        out.append("- ");
        blockInlines(item);
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

  /**
   * A heading with the id that links point to, in the form each generator registers (a Docusaurus
   * or MkDocs site ignores an {@code <a id>} when it checks anchors, and MkDocs would repeat it).
   */
  private void heading(Block.Heading heading) {
    if (flavor == DocsFlavor.GITHUB && heading.level() > 1) {
      out.append("<a id=\"").append(heading.anchor()).append("\"></a>\n\n");
    }
    out.append("#".repeat(heading.level())).append(' ');
    blockInlines(heading.content());
    switch (flavor) {
      case MKDOCS -> out.append(" { #").append(heading.anchor()).append(" }");
      case DOCUSAURUS -> out.append(" {#").append(heading.anchor()).append('}');
      case GITHUB -> { }
    }
    out.append("\n\n");
  }

  /** A note in each site's own admonition syntax. */
  private void note(Block.Note note) {
    switch (flavor) {
      case GITHUB -> {
        out.append("> [!NOTE]\n> ");
        blockInlines(note.content());
        out.append("\n\n");
      }
      case MKDOCS -> {
        out.append("!!! note\n\n    ");
        blockInlines(note.content());
        out.append("\n\n");
      }
      case DOCUSAURUS -> {
        out.append(":::note\n\n");
        blockInlines(note.content());
        out.append("\n\n:::\n\n");
      }
    }
  }

  /** Inline runs that start a block: a first character that would start markup is escaped. */
  private void blockInlines(List<Inline> inlines) {
    if (!inlines.isEmpty() && inlines.get(0) instanceof Inline.Text first) {
      out.append(escapeBlockStart(first.text(), false));
      inlines(inlines.subList(1, inlines.size()), false);
    } else {
      inlines(inlines, false);
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
    if (inlines.isEmpty()) {
      return;
    }
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
      out.append(codeSpanIn(code.text(), inTable));
    } else if (inline instanceof Inline.Link link) {
      out.append('[');
      inline(link.label(), inTable);
      out.append("](").append(link.href()).append(')');
    }
  }

  /**
   * Escapes the characters that Markdown or MDX would read as markup, as HTML character references.
   * Line breaks become {@code <br/>} inside table cells (a cell is one line) and spaces elsewhere.
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
      } else {
        String reference = reference(c);
        if (reference != null) {
          out.append(text, run, i).append(reference);
          run = i + 1;
        }
      }
    }
    // A whole string appends in one copy; a range of one goes char by char on Java 17.
    return run == 0 ? out.append(text) : out.append(text, run, text.length());
  }

  /**
   * {@code text} escaped, and its first character too when a block starting with it would be read
   * as markup: a list, a quote, a heading underline, an admonition, indented code, or MDX's ES
   * {@code import}/{@code export} (which MDX reads at the start of any paragraph).
   */
  static String escapeBlockStart(String text, boolean inTable) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean markupStart = "-+=:\t ".indexOf(first) >= 0 || Character.isDigit(first)
        || text.startsWith("export") || text.startsWith("import");
    if (!markupStart || reference(first) != null) {
      return escapeText(text, inTable);
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8).append("&#").append((int) first).append(';');
    return escapeText(text.substring(1), inTable, escaped).toString();
  }

  /** The character reference that shows {@code c} as itself in every generator, or null. */
  private static String reference(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '\\', '`', '*', '_', '[', ']', '{', '}', '|', '#', '!', '~' -> "&#" + (int) c + ";";
      default -> null;
    };
  }

  /**
   * A code span that shows {@code text} as is: delimited by more backticks than it contains. In a
   * table, GitHub and Docusaurus (remark-gfm) split cells before they read code spans, so a
   * {@code |} there is written {@code \|}; Python-Markdown keeps code spans whole and would show the
   * backslash.
   */
  private String codeSpanIn(String text, boolean inTable) {
    return codeSpan(text, inTable && flavor != DocsFlavor.MKDOCS);
  }

  static String codeSpan(String text, boolean escapePipes) {
    String content = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    if (escapePipes) {
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
