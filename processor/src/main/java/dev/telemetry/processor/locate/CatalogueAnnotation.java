package dev.telemetry.processor.locate;

import dev.telemetry.annotations.TelemetryCatalogue;
import dev.telemetry.processor.model.AnnotationMirrors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.PackageElement;

/**
 * A {@link TelemetryCatalogue} annotation on a package, read through its mirror.
 *
 * @param pkg the annotated package
 * @param mirror the annotation
 * @param catalogue the catalogue it names, or null for the default search
 * @param generatedPackage the package of generated code it names, or null
 */
public record CatalogueAnnotation(
    PackageElement pkg, AnnotationMirror mirror, String catalogue, String generatedPackage) {

  /** Reads the annotation on {@code pkg}, or returns null when it has none. */
  public static CatalogueAnnotation on(PackageElement pkg) {
    return AnnotationMirrors.find(pkg, TelemetryCatalogue.class)
        .map(mirror -> new CatalogueAnnotation(
            pkg,
            mirror,
            AnnotationMirrors.nonBlankString(mirror, "value"),
            AnnotationMirrors.nonBlankString(mirror, "generatedPackage")))
        .orElse(null);
  }

  /** The value of one attribute as the user wrote it, or null when it was left at its default. */
  public AnnotationValue valueOf(String attribute) {
    return AnnotationMirrors.explicitValue(mirror, attribute);
  }
}
