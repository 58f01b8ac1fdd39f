package dev.telemetry.catalogue.load;

import java.util.List;

/** A catalogue that cannot be used, with every problem found in it (not just the first). */
public final class CatalogueException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** Creates the exception from at least one problem. */
  public CatalogueException(List<Problem> problems) {
    super(summary(problems), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a catalogue exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(problem);
    }
    return text.toString();
  }
}
