package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.Catalogue;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The catalogues the documentation tests run on. */
final class Catalogues {
  /** The test resources of this package, relative to the module folder Maven runs tests in. */
  static final Path RESOURCES = Path.of("src", "test", "resources", "docs");

  private Catalogues() {}

  /** The reference product's catalogue, {@code shared/spec/catalogue-example.yaml}, loaded by the real loader. */
  static Catalogue example() {
    try {
      return CatalogueLoader.load(RESOURCES.resolve("catalogue-example.yaml")).catalogue();
    } catch (CatalogueException e) {
      throw new AssertionError("the example catalogue does not load:\n" + e.getMessage(), e);
    }
  }

  /** The example catalogue and the hand-built one that uses every feature. */
  static Stream<Catalogue> all() {
    return Stream.of(example(), TestCatalogue.build());
  }
}
