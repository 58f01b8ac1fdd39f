package dev.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional, on a package ({@code package-info.java}): where the catalogue is and where generated
 * classes go. The processor option {@code -Atelemetry.catalogue} wins over {@link #value()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface TelemetryCatalogue {
  /**
   * The catalogue: a class-path resource path such as {@code telemetry/catalogue.yaml}, or a file
   * path. Empty means the default location ({@code src/main/resources/telemetry/catalogue.yaml}).
   */
  String value() default "";

  /** The package of generated classes. Empty means the annotated package. */
  String generatedPackage() default "";
}
