package dev.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the catalogue property a member is sent as, when it is not the member's name in
 * snake_case ({@code targetsCount} is sent as {@code targets_count} without this annotation).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface TelemetryProperty {
  /** The catalogue property name. */
  String value();
}
