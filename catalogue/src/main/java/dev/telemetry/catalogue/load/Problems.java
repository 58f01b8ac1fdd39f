package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors and warnings of one catalogue file, to be reported together in file order.
 */
public final class Problems {
  private static final Comparator<Problem> FILE_ORDER =
      Comparator.comparingInt((Problem problem) -> problem.location().line())
          .thenComparingInt(problem -> problem.location().column());

  private final List<Problem> errors = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  /** Records an error. */
  public void error(ProblemCode code, Location location, String message, String fix) {
    errors.add(new Problem(code.code(), location, message, fix));
  }

  /** Records an error that carries its own code (a policy finding). */
  public void error(Problem problem) {
    errors.add(problem);
  }

  /** Records a warning. */
  public void warning(Problem problem) {
    warnings.add(problem);
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The errors in file order (problems at the same place in the order they were found). */
  public List<Problem> errors() {
    return sorted(errors);
  }

  /** The warnings in file order. */
  public List<Problem> warnings() {
    return sorted(warnings);
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(FILE_ORDER);
    return List.copyOf(copy);
  }
}
