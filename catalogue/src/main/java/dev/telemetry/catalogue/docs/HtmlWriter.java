package dev.telemetry.catalogue.docs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Renders the page as one self-contained HTML file: inline CSS, a small inline script for the
 * filter box, and a Content-Security-Policy that forbids every fetch, so opening the page never
 * contacts anyone.
 */
final class HtmlWriter {
  private static final String STYLE = """
      :root { color-scheme: light dark; --line: #8884; --muted: #8888; --code: #8881; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
      main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
      h1 { font-size: 1.8rem; margin-top: 0.5rem; }
      h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
      h3 { margin-top: 2rem; }
      code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code);
        padding: 0.05em 0.25em; border-radius: 3px; overflow-wrap: anywhere; }
      pre { background: var(--code); padding: 0.75rem; overflow-x: auto; border-radius: 4px; }
      pre code { background: none; padding: 0; overflow-wrap: normal; }
      td code { white-space: nowrap; overflow-wrap: normal; }
      .table { overflow-x: auto; margin: 1rem 0; }
      table { border-collapse: collapse; min-width: 100%; }
      th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
      th { background: var(--code); }
      .filter { position: sticky; top: 0; z-index: 1; padding: 0.5rem 0; backdrop-filter: blur(6px);
        display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
      .filter input { flex: 1 1 16rem; font: inherit; padding: 0.4rem 0.6rem; border: 1px solid var(--line);
        border-radius: 4px; }
      #filter-status { color: var(--muted); font-size: 0.9rem; }
      [hidden] { display: none !important; }
      @media (max-width: 40rem) {
        body { font-size: 15px; }
        main { padding: 0.5rem; }
        th, td { padding: 0.25rem 0.35rem; }
      }
      """;

  private static final String SCRIPT = """
      (function () {
        var box = document.getElementById('filter');
        var status = document.getElementById('filter-status');
        function contains(text, query) { return text.toLowerCase().indexOf(query) >= 0; }
        function apply() {
          var query = box.value.trim().toLowerCase();
          var visible = {};
          var shown = 0;
          var sections = document.querySelectorAll('section.event');
          sections.forEach(function (section) {
            var own = query === '' || contains(section.getAttribute('data-filter-text'), query);
            var anyRow = false;
            section.querySelectorAll('tr[data-filter-row]').forEach(function (row) {
              var show = own || contains(row.textContent, query);
              row.hidden = !show;
              anyRow = anyRow || show;
            });
            section.hidden = !(own || anyRow);
            visible[section.getAttribute('data-event')] = !section.hidden;
            if (!section.hidden) { shown++; }
          });
          document.querySelectorAll('tr[data-event]').forEach(function (row) {
            row.hidden = !visible[row.getAttribute('data-event')];
          });
          status.textContent = query === '' ? '' : shown === 0
              ? 'No event or property matches.' : 'Showing ' + shown + ' of ' + sections.length + ' events.';
        }
        box.addEventListener('input', apply);
        apply();
      })();
      """;

  private final StringBuilder out = new StringBuilder();

  private HtmlWriter() {}

  /** The page as one HTML document. */
  static String render(String title, List<Block> blocks) {
    HtmlWriter writer = new HtmlWriter();
    writer.document(title, blocks);
    return writer.out.toString();
  }

  private void document(String title, List<Block> blocks) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
        .append(sha256(STYLE)).append("'; script-src '").append(sha256(SCRIPT))
        .append("'; img-src 'none'; form-action 'none'\">\n")
        .append("<title>").append(escape(title)).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    boolean filterWritten = false;
    for (Block block : blocks) {
      block(block);
      if (!filterWritten && block instanceof Block.Heading heading && heading.level() == 1) {
        filterBox();
        filterWritten = true;
      }
    }
    out.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
  }

  private void filterBox() {
    out.append("<div class=\"filter\"><label for=\"filter\">Filter events and properties</label>")
        .append("<input id=\"filter\" type=\"search\" autocomplete=\"off\" placeholder=\"event or property name, text\">")
        .append("<span id=\"filter-status\" aria-live=\"polite\"></span></div>\n");
  }

  private void block(Block block) {
    if (block instanceof Block.Heading heading) {
      String tag = "h" + heading.level();
      out.append('<').append(tag).append(" id=\"");
      text(heading.anchor()).append("\">");
      inlines(heading.content());
      out.append("</").append(tag).append(">\n");
    } else if (block instanceof Block.Paragraph paragraph) {
      out.append("<p>");
      inlines(paragraph.content());
      out.append("</p>\n");
    } else if (block instanceof Block.Note note) {
      out.append("<p class=\"note\"><strong>Note:</strong> ");
      inlines(note.content());
      out.append("</p>\n");
    } else if (block instanceof Block.Bullets bullets) {
      out.append("<ul>\n");
      for (List<Inline> item : bullets.items()) {
        out.append("<li>");
        inlines(item);
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    } else if (block instanceof Block.Table table) {
      table(table);
    } else if (block instanceof Block.CodeBlock code) {
      out.append("<pre><code class=\"language-");
      text(code.language()).append("\">");
      text(code.text()).append("</code></pre>\n");
    } else if (block instanceof Block.EventSection section) {
      out.append("<section class=\"event\" data-event=\"");
      text(section.event()).append("\" data-filter-text=\"");
      text(section.filterText()).append("\">\n");
      for (Block inner : section.blocks()) {
        block(inner);
      }
      out.append("</section>\n");
    }
  }

  private void table(Block.Table table) {
    out.append("<div class=\"table\"><table");
    if (table.id() != null) {
      out.append(" id=\"");
      text(table.id()).append('"');
    }
    out.append(">\n<thead><tr>");
    for (String header : table.headers()) {
      out.append("<th>");
      text(header).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < table.rows().size(); i++) {
      out.append("<tr");
      if (table.filterable()) {
        out.append(" data-filter-row");
      }
      if (!table.rowEvents().isEmpty()) {
        out.append(" data-event=\"");
        text(table.rowEvents().get(i)).append('"');
      }
      out.append('>');
      for (List<Inline> cell : table.rows().get(i)) {
        out.append("<td>");
        inlines(cell);
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      inline(inline);
    }
  }

  private void inline(Inline inline) {
    if (inline instanceof Inline.Text text) {
      text(text.text());
    } else if (inline instanceof Inline.Strong strong) {
      out.append("<strong>");
      text(strong.text()).append("</strong>");
    } else if (inline instanceof Inline.Code code) {
      out.append("<code>");
      text(code.text()).append("</code>");
    } else if (inline instanceof Inline.Link link) {
      out.append("<a href=\"");
      text(link.href()).append("\">");
      inline(link.label());
      out.append("</a>");
    }
  }

  /** Appends catalogue text, escaped, to the page. */
  private StringBuilder text(String text) {
    return escape(text, out);
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    return escape(text, new StringBuilder(text.length())).toString();
  }

  /** Appends {@code text} escaped to {@code out}, copying the runs that need no escape at once. */
  static StringBuilder escape(String text, StringBuilder out) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Every character we escape sorts at or below '>', so letters skip the lookup.
      String entity = c <= '>' ? entity(c) : null;
      if (entity != null) {
        out.append(text, run, i).append(entity);
        run = i + 1;
      }
    }
    // A whole string appends in one copy; a range of one goes char by char on Java 17.
    return run == 0 ? out.append(text) : out.append(text, run, text.length());
  }

  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }

  /** A CSP source that allows exactly this inline text. */
  private static String sha256(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
