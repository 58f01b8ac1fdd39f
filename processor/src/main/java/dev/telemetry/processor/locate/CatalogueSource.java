package dev.telemetry.processor.locate;

import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.load.LoadResult;
import java.nio.file.Path;

/**
 * A catalogue that was found: a file on disk, or the text of a resource that has no file path.
 *
 * @param name how messages name it (the path, or the resource's URI)
 * @param file the file, or null when only {@code text} is available
 * @param text the resource's text, or null when {@code file} is set
 */
public record CatalogueSource(String name, Path file, String text) {
  /** A catalogue file. */
  public static CatalogueSource ofFile(Path file) {
    return new CatalogueSource(file.toString(), file, null);
  }

  /** A catalogue read from a resource that is not a plain file. */
  public static CatalogueSource ofText(String name, String text) {
    return new CatalogueSource(name, null, text);
  }

  /** Loads and validates it. */
  public LoadResult load() throws CatalogueException {
    return file != null ? CatalogueLoader.load(file) : CatalogueLoader.load(name, text);
  }
}
