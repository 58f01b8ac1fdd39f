package dev.telemetry.catalogue.docs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A block of the generated page: what the Markdown and HTML writers both render. */
sealed interface Block {
  /**
   * A heading.
   *
   * @param level 1 for the title, 2 for a section, 3 and 4 below
   * @param anchor the id that links point to
   * @param content the heading text
   */
  record Heading(int level, String anchor, List<Inline> content) implements Block {
    public Heading {
      content = List.copyOf(content);
    }
  }

  /** A paragraph of inline runs. */
  record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
      content = List.copyOf(content);
    }
  }

  /** A note set apart from the text: an admonition in each site's own form. */
  record Note(List<Inline> content) implements Block {
    public Note {
      content = List.copyOf(content);
    }
  }

  /** A bulleted list; each item is a line of inline runs. */
  record Bullets(List<List<Inline>> items) implements Block {
    public Bullets {
      items = items.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A table.
   *
   * @param id an id for the table, or null
   * @param headers the column headers
   * @param rows the rows; every row has one cell (a list of inline runs) per header
   * @param filterable whether the HTML page's filter box hides rows that do not match
   * @param rowEvents for a table with one row per event, the event of each row (the HTML page
   *     hides a row when the filter hides that event); else empty
   */
  record Table(
      String id, List<String> headers, List<List<List<Inline>>> rows, boolean filterable, List<String> rowEvents)
      implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = copyOfRows(rows);
      rowEvents = List.copyOf(rowEvents);
      if (!rowEvents.isEmpty() && rowEvents.size() != rows.size()) {
        throw new IllegalArgumentException(
            "a table names the events of " + rowEvents.size() + " of its " + rows.size() + " rows");
      }
      for (List<List<Inline>> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException("a row has " + row.size() + " cells for " + headers.size() + " columns");
        }
      }
    }

    /** An unmodifiable copy, cell by cell; a loop, as a table is built for every event. */
    private static List<List<List<Inline>>> copyOfRows(List<List<List<Inline>>> rows) {
      List<List<List<Inline>>> copy = new ArrayList<>(rows.size());
      for (List<List<Inline>> row : rows) {
        List<List<Inline>> cells = new ArrayList<>(row.size());
        for (List<Inline> cell : row) {
          cells.add(List.copyOf(cell));
        }
        copy.add(Collections.unmodifiableList(cells));
      }
      return Collections.unmodifiableList(copy);
    }

    /** A table whose rows the filter box does not touch. */
    static Table fixed(String id, List<String> headers, List<List<List<Inline>>> rows) {
      return new Table(id, headers, rows, false, List.of());
    }
  }

  /** A block of code shown as is, such as the example payload. */
  record CodeBlock(String language, String text) implements Block {}

  /**
   * The blocks about one event, which the HTML page's filter box shows or hides as a whole.
   *
   * @param event the event name
   * @param filterText the text the filter matches against (the event's name, when and why)
   * @param blocks the blocks of the section
   */
  record EventSection(String event, String filterText, List<Block> blocks) implements Block {
    public EventSection {
      blocks = List.copyOf(blocks);
    }
  }
}
