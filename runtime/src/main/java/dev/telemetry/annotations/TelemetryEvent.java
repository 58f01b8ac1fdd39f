package dev.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record whose instances are the catalogue event named by {@link #value()}.
 *
 * <p>Every record component, or every non-static non-transient field of a class, is a property
 * that will be sent, except members marked {@link TelemetryIgnore}. The annotation processor
 * checks the class against the catalogue and the personal-data policy, and generates a
 * reflection-free writer for it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TelemetryEvent {
  /** The catalogue event name, for example {@code "cf:request.created"}. */
  String value();
}
