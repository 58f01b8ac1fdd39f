package dev.telemetry.catalogue.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads catalogue files from the test resources. */
final class TestCatalogues {
  private TestCatalogues() {}

  /** The text of a class-path resource. */
  static String text(String resource) {
    try (InputStream in = TestCatalogues.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
