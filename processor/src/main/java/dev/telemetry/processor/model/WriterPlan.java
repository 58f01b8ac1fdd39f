package dev.telemetry.processor.model;

import dev.telemetry.catalogue.model.EventSpec;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything needed to generate the writer of one checked event class.
 *
 * @param eventClass the annotated class
 * @param event the catalogue event it claims
 * @param purpose the event's purpose (its own or its metrics')
 * @param fields the properties written, in catalogue order
 * @param distinctId the property whose raw value is the distinct ID, or null
 */
public record WriterPlan(
    TypeElement eventClass, EventSpec event, String purpose, List<Encoding.Field> fields, Encoding.Field distinctId) {
  public WriterPlan {
    fields = List.copyOf(fields);
  }
}
