package dev.telemetry.catalogue.load;

import java.util.List;
import java.util.Optional;

/** A catalogue that cannot be used, with every problem found in it (not just the first). */
public final class CatalogueException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final transient PartialCatalogue partial;

  /** Creates the exception from at least one problem. */
  public CatalogueException(List<Problem> problems) {
    this(problems, null);
  }

  /** Creates the exception from at least one problem and what of the catalogue is still usable. */
  public CatalogueException(List<Problem> problems, PartialCatalogue partial) {
    super(summary(problems), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a catalogue exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.partial = partial;
  }

  /**
   * The catalogue as far as it could be read, with the events that errors touch marked; empty when
   * the file could not be read or parsed into a catalogue at all.
   */
  public Optional<PartialCatalogue> partial() {
    return Optional.ofNullable(partial);
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
