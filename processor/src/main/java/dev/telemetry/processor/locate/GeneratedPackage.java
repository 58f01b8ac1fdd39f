package dev.telemetry.processor.locate;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * The package of generated event classes and of the event index, and where that choice came from.
 *
 * <p>In order: the {@code telemetry.package} option; {@code @TelemetryCatalogue(generatedPackage)};
 * the package that carries {@code @TelemetryCatalogue}; else {@code telemetry.<namespace>}.
 *
 * @param name the package name
 * @param origin what chose it, for messages
 */
public record GeneratedPackage(String name, String origin) {

  /** Chooses the package. */
  public static GeneratedPackage choose(String option, CatalogueAnnotation annotation, String namespace) {
    if (option != null) {
      return new GeneratedPackage(option, "-Atelemetry.package");
    }
    if (annotation != null && annotation.generatedPackage() != null) {
      return new GeneratedPackage(annotation.generatedPackage(), "@TelemetryCatalogue(generatedPackage)");
    }
    if (annotation != null) {
      return new GeneratedPackage(annotation.pkg().getQualifiedName().toString(), "@TelemetryCatalogue");
    }
    return new GeneratedPackage("telemetry." + identifier(namespace), "the catalogue namespace");
  }

  /** Whether the name is a valid package name. */
  public boolean valid() {
    return SourceVersion.isName(name);
  }

  /** A namespace made into one lowercase Java identifier. */
  private static String identifier(String namespace) {
    String lower = namespace.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (lower.isEmpty() || !Character.isJavaIdentifierStart(lower.charAt(0))) {
      lower = "_" + lower;
    }
    return SourceVersion.isKeyword(lower) ? lower + "_" : lower;
  }
}
