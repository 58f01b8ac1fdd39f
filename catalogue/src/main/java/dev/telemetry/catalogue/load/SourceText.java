package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Location;

/** The characters of a catalogue file, addressed by the parser's 1-based line and column. */
final class SourceText {
  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    // indexOf rather than a loop of our own: the JDK's is compiled long before ours would be.
    int lines = 1;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
      lines++;
    }
    lineStarts = new int[lines];
    for (int line = 1, end = text.indexOf('\n'); end >= 0; line++, end = text.indexOf('\n', end + 1)) {
      lineStarts[line] = end + 1;
    }
  }

  /** The character at {@code location}, or {@code '\0'} when it is outside the text. */
  char charAt(Location location) {
    int offset = offset(location);
    return offset >= 0 && offset < text.length() ? text.charAt(offset) : '\0';
  }

  /** The last character before {@code location} that is not white space, or {@code '\0'}. */
  char lastBefore(Location location) {
    int offset = Math.min(offset(location), text.length()) - 1;
    while (offset >= 0 && Character.isWhitespace(text.charAt(offset))) {
      offset--;
    }
    return offset >= 0 ? text.charAt(offset) : '\0';
  }

  /** Whether the scalar at {@code location} is written without quotes. */
  boolean isPlain(Location location) {
    char first = charAt(location);
    return first != '\0' && first != '"' && first != '\'';
  }

  private int offset(Location location) {
    int line = location.line() - 1;
    if (line < 0 || line >= lineStarts.length) {
      return -1;
    }
    return lineStarts[line] + location.column() - 1;
  }
}
