package dev.telemetry.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.processor.generate.CatalogueFixture.Event;
import dev.telemetry.processor.generate.CatalogueFixture.Prop;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What cannot be generated is reported with the catalogue location, in words a user can act on. */
class GeneratorErrorsTest {
  @Test
  void aHashedBooleanIsReported() {
    Catalogue catalogue = new CatalogueFixture("cf")
        .event(Event.named("cf:thing.done").purpose("Counts things.").properties(
            Prop.bool("done").hash("dne").describe("Whether it is done.")))
        .build();

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> CatalogueCodeGenerator.generate(catalogue, GeneratedCode.PACKAGE, Set.of()));

    assertEquals("test-catalogue.yaml:1:1: property 'done' is hashed but is of type boolean;"
        + " only string and integer values can be hashed.", thrown.getMessage());
  }

  @Test
  void anUndeclaredTypeIsReported() {
    Catalogue catalogue = new CatalogueFixture("cf")
        .event(Event.named("cf:thing.done").purpose("Counts things.").properties(
            Prop.named("window", "window").describe("When.")))
        .build();

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> CatalogueCodeGenerator.generate(catalogue, GeneratedCode.PACKAGE, Set.of()));

    assertEquals("The type 'window' is used by an event but not declared under the catalogue's types.",
        thrown.getMessage());
  }
}
