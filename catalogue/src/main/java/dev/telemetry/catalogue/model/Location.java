package dev.telemetry.catalogue.model;

/**
 * A position in a catalogue file, 1-based, as editors and javac show it.
 *
 * @param file the file as the user named it (a path or a resource name)
 * @param line 1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {
  /** A location for things that have no place in a file (built-in rules, defaults). */
  public static Location unknown(String file) {
    return new Location(file, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
