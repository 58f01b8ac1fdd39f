package dev.telemetry.catalogue.docs;

import java.util.Locale;

/**
 * The site generator the Markdown page is written for. Text is escaped the same way for all of
 * them; what differs is what one syntax cannot serve for all: how a heading gets its stable id,
 * how a note is written, and how a {@code |} inside code in a table is kept out of the cell split.
 */
public enum DocsFlavor {
  /** GitHub and other CommonMark/GFM renderers: {@code <a id>} before a heading, {@code > [!NOTE]}. */
  GITHUB,
  /** MkDocs (Python-Markdown with {@code attr_list} and {@code admonition}): {@code { #id }}, {@code !!! note}. */
  MKDOCS,
  /** Docusaurus (MDX): {@code {#id}} heading ids, {@code :::note}. */
  DOCUSAURUS;

  /** The option value, such as {@code mkdocs}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The flavor named {@code key} (any case), or an exception that lists the valid names. */
  public static DocsFlavor of(String key) {
    for (DocsFlavor flavor : values()) {
      if (flavor.key().equalsIgnoreCase(key.strip())) {
        return flavor;
      }
    }
    throw new IllegalArgumentException("unknown docs flavor '" + key + "'; use github, mkdocs or docusaurus");
  }
}
