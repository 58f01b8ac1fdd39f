package dev.telemetry.catalogue.docs;

/**
 * A run of text inside a paragraph or a table cell. The Markdown and the HTML writers render
 * the same runs, so both pages say the same thing.
 */
sealed interface Inline {
  /** Plain text, escaped by each writer. */
  record Text(String text) implements Inline {}

  /** A name, value or pattern shown as code. */
  record Code(String text) implements Inline {}

  /** Emphasised text, such as a field label. */
  record Strong(String text) implements Inline {}

  /** A link to an anchor of the page ({@code #id}) or a relative file. */
  record Link(Inline label, String href) implements Inline {}

  /** Plain text. */
  static Inline text(String text) {
    return new Text(text);
  }

  /** Code. */
  static Inline code(String text) {
    return new Code(text);
  }

  /** Emphasised text. */
  static Inline strong(String text) {
    return new Strong(text);
  }

  /** A link to an anchor of this page. */
  static Inline anchorLink(Inline label, String anchor) {
    return new Link(label, "#" + anchor);
  }
}
