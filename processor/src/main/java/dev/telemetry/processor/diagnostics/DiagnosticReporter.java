package dev.telemetry.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * Prints every diagnostic of the processor through javac's {@link Messager}, as
 * {@code [CODE] message}, at the most precise position available.
 */
public final class DiagnosticReporter {
  private final Messager messager;
  private int errors;
  private String firstError;

  /** Reports through {@code messager}. */
  public DiagnosticReporter(Messager messager) {
    this.messager = messager;
  }

  /**
   * A reporter that prints nothing and only remembers its errors, for checks whose findings are
   * summed up in one diagnostic of their own (see {@link #firstError}).
   */
  public static DiagnosticReporter silent() {
    return new DiagnosticReporter(null);
  }

  /** Reports {@code diagnostic} with its own code and kind. */
  public void report(Diagnostic diagnostic, Position position, Object... args) {
    print(diagnostic.kind(), diagnostic.code(), diagnostic.format(args), position);
  }

  /**
   * Reports {@code diagnostic}'s wording under a code and kind that come from elsewhere (a policy
   * rule or a catalogue rule), so that those codes stay stable across the catalogue and the code.
   */
  public void report(Diagnostic diagnostic, String code, Kind kind, Position position, Object... args) {
    print(kind, code == null ? diagnostic.code() : code, diagnostic.format(args), position);
  }

  /** How many errors have been reported so far. */
  public int errorCount() {
    return errors;
  }

  /** The first error reported, as {@code [CODE] message}, or null when there was none. */
  public String firstError() {
    return firstError;
  }

  private void print(Kind kind, String code, String message, Position position) {
    String text = "[" + code + "] " + message;
    if (kind == Kind.ERROR) {
      errors++;
      if (firstError == null) {
        firstError = text;
      }
    }
    if (messager == null) {
      return;
    }
    if (position.element() == null) {
      messager.printMessage(kind, text);
    } else if (position.annotation() == null) {
      messager.printMessage(kind, text, position.element());
    } else if (position.value() == null) {
      messager.printMessage(kind, text, position.element(), position.annotation());
    } else {
      messager.printMessage(kind, text, position.element(), position.annotation(), position.value());
    }
  }
}
