package dev.telemetry.processor.diagnostics;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic is attached: an element, optionally narrowed to one of its annotations and to
 * one value of that annotation. A position with no element prints as a general compiler error.
 *
 * @param element the element, or null
 * @param annotation the annotation on the element, or null
 * @param value the annotation's value, or null
 */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {
  /** No element: a general error of the compilation. */
  public static Position none() {
    return new Position(null, null, null);
  }

  /** The element itself. */
  public static Position of(Element element) {
    return new Position(element, null, null);
  }

  /** One annotation on the element. */
  public static Position of(Element element, AnnotationMirror annotation) {
    return new Position(element, annotation, null);
  }

  /** One value of an annotation on the element. */
  public static Position of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new Position(element, annotation, value);
  }
}
