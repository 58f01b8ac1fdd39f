package dev.telemetry.processor.check;

import dev.telemetry.processor.diagnostics.DiagnosticReporter;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.model.JavaTypes;
import dev.telemetry.processor.model.MemberScanner;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What the checks of one compilation share: the reporter, javac's utilities, which classes are
 * compiled from source now, and which members already have a personal-data error.
 */
public final class CheckContext {
  private final DiagnosticReporter reporter;
  private final JavaTypes javaTypes;
  private final MemberScanner scanner;
  private final Set<String> compiledTypes = new HashSet<>();
  private final Set<Element> flagged = new HashSet<>();

  /** A context reporting through {@code reporter}. */
  public CheckContext(DiagnosticReporter reporter, JavaTypes javaTypes) {
    this.reporter = reporter;
    this.javaTypes = javaTypes;
    this.scanner = new MemberScanner(javaTypes.elements(), javaTypes.types());
  }

  /**
   * A context for checks whose findings go to {@code other} instead: it shares javac's utilities
   * and the member scanner, and starts with no member flagged.
   */
  public CheckContext reportingTo(DiagnosticReporter other) {
    CheckContext copy = new CheckContext(other, javaTypes, scanner);
    copy.compiledTypes.addAll(compiledTypes);
    return copy;
  }

  private CheckContext(DiagnosticReporter reporter, JavaTypes javaTypes, MemberScanner scanner) {
    this.reporter = reporter;
    this.javaTypes = javaTypes;
    this.scanner = scanner;
  }

  /** The reporter. */
  public DiagnosticReporter reporter() {
    return reporter;
  }

  /** javac's utilities. */
  public JavaTypes javaTypes() {
    return javaTypes;
  }

  /** The member scanner. */
  public MemberScanner scanner() {
    return scanner;
  }

  /** Records that a top-level type is compiled from source in this compilation. */
  public void addCompiledType(TypeElement type) {
    compiledTypes.add(type.getQualifiedName().toString());
  }

  /** Whether the top-level type {@code qualifiedName} is compiled from source in this compilation. */
  public boolean compiledHere(String qualifiedName) {
    return compiledTypes.contains(qualifiedName);
  }

  /** Whether {@code element} is in a source file of this compilation (so a diagnostic on it has a line). */
  public boolean compiledHere(Element element) {
    TypeElement outermost = JavaTypes.outermostType(element);
    return outermost != null && compiledTypes.contains(outermost.getQualifiedName().toString());
  }

  /**
   * Where to report about {@code element}: the element itself when it is compiled here, else
   * {@code anchor} (the nearest member on the path that is), so that the error has a line.
   */
  public Element anchor(Element element, Element anchor) {
    return compiledHere(element) ? element : anchor;
  }

  /** The position of {@code element}, or of {@code anchor} when {@code element} has no source here. */
  public Position at(Element element, Element anchor) {
    return Position.of(anchor(element, anchor));
  }

  /** Marks a member as already carrying a personal-data error: no further errors are reported on it. */
  public void flag(Element member) {
    flagged.add(member);
  }

  /** Whether the member already carries a personal-data error. */
  public boolean flagged(Element member) {
    return flagged.contains(member);
  }
}
