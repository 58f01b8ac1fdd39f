package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The sample compiles against the reference catalogue, unchanged. */
class CatalogueCopyTest {

  @Test
  void catalogueIsTheSharedExampleByteForByte() throws Exception {
    Path shared = SharedFiles.find("spec/catalogue-example.yaml").orElse(null);
    Assumptions.assumeTrue(shared != null, "shared/spec/catalogue-example.yaml is not beside this repository");

    assertArrayEquals(
        Files.readAllBytes(shared),
        Files.readAllBytes(CatalogueEvents.FILE),
        CatalogueEvents.FILE + " differs from " + shared + "; copy it again: cp " + shared + " " + CatalogueEvents.FILE);
  }
}
