package dev.telemetry.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A member of a class or record whose value would be sent.
 *
 * @param javaName the record component or field name
 * @param propertyName the property it is sent as (snake_case, or the {@code @TelemetryProperty} name)
 * @param element the record component or field, where diagnostics about it are attached
 * @param annotated every element that may carry its annotations (component, field, accessor)
 * @param type its type, as seen from the scanned class (type variables of supertypes resolved)
 * @param read how generated code reads it
 * @param rename the {@code @TelemetryProperty} annotation, or null
 */
public record Member(
    String javaName,
    String propertyName,
    Element element,
    List<Element> annotated,
    TypeMirror type,
    Read read,
    AnnotationMirror rename) {

  public Member {
    annotated = List.copyOf(annotated);
  }

  /**
   * How generated code reads a member from an instance.
   *
   * @param method whether it calls a method (otherwise it reads a field)
   * @param name the method or field name
   * @param element the method or field
   */
  public record Read(boolean method, String name, Element element) {
    /** The Java expression that reads it from {@code instance}. */
    public String on(String instance) {
      return instance + "." + name + (method ? "()" : "");
    }
  }
}
