package dev.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks personal data. Any event that would send a member so marked, or a value of a type so
 * marked, fails to compile. Annotations from other libraries whose simple name is {@code Pii},
 * {@code PersonalData}, {@code Sensitive} or {@code SensitiveData} count the same.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE, ElementType.PARAMETER})
public @interface Pii {
  /** Optional: what kind of personal data this is, shown in diagnostics. */
  String value() default "";
}
