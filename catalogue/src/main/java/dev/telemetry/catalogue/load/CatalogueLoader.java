package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Catalogue;
import java.nio.file.Path;

/** Loads and validates a catalogue file (YAML, or JSON by extension or content). */
public final class CatalogueLoader {
  private CatalogueLoader() {}

  /** Loads the file at {@code path}; its name in messages is the path as given. */
  public static LoadResult load(Path path) throws CatalogueException {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Loads catalogue text; {@code fileName} names it in messages. */
  public static LoadResult load(String fileName, String text) throws CatalogueException {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
