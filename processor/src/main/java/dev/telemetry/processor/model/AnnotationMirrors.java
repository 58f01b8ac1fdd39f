package dev.telemetry.processor.model;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/** Reads annotations through their mirrors, so that no annotation class is ever loaded. */
public final class AnnotationMirrors {
  private AnnotationMirrors() {}

  /** The annotation of {@code type} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, Class<?> type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (isType(mirror, type)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code mirror} is an annotation of {@code type}. */
  public static boolean isType(AnnotationMirror mirror, Class<?> type) {
    return mirror.getAnnotationType().asElement().toString().equals(type.getCanonicalName());
  }

  /** The simple name of the annotation's type, such as {@code Pii}. */
  public static String simpleName(AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  /** The explicitly written value of {@code attribute}, or null. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The explicitly written string value of {@code attribute}, trimmed, or null when absent or blank. */
  public static String nonBlankString(AnnotationMirror mirror, String attribute) {
    AnnotationValue value = explicitValue(mirror, attribute);
    if (value == null || !(value.getValue() instanceof String text) || text.isBlank()) {
      return null;
    }
    return text.trim();
  }
}
