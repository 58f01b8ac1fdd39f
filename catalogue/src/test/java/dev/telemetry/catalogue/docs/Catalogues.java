package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.Catalogue;
import java.util.stream.Stream;

/** The catalogues the documentation tests run on. */
final class Catalogues {
  private Catalogues() {}

  /** The hand-built catalogue that uses every feature. */
  static Stream<Catalogue> all() {
    return Stream.of(TestCatalogue.build());
  }
}
