package dev.telemetry.catalogue.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A catalogue with errors still tells which events no error touches. */
class PartialCatalogueTest {
  private static final String TEXT = """
      catalogue: 1
      namespace: ns
      product: P
      types:
        size:
          description: A size.
          properties:
            rows: { type: integr, description: Rows. }
      events:
        ns:app.started:
          emitted-when: The app starts
          purpose: Counts starts.
          distinct-id: { hash: ins }
          properties:
            runs: { type: integer, description: Runs. }
          example:
            distinct-id: ins_1
            runs: 3
        ns:app.stopped:
          emitted_when: The app stops
          purpose: Counts stops.
          distinct-id: { hash: ins }
          properties:
            runs: { type: integer, description: Runs. }
          example:
            distinct-id: ins_1
            runs: 3
        ns:report.made:
          emitted-when: A report is made
          purpose: Counts reports.
          distinct-id: { hash: ins }
          properties:
            size: { type: size, description: The size. }
          example:
            distinct-id: ins_1
            size: { rows: 1 }
      """;

  @Test
  void onlyTheEventsThatNoErrorTouchesAreUsable() {
    CatalogueException failure = assertThrows(CatalogueException.class, () -> CatalogueLoader.load("c.yaml", TEXT));
    PartialCatalogue partial = failure.partial().orElseThrow();
    assertTrue(partial.usable("ns:app.started"));
    assertFalse(partial.usable("ns:app.stopped"), "an error in its own lines");
    assertFalse(partial.usable("ns:report.made"), "it uses a type with an error");
    assertFalse(partial.usable("ns:never.declared"));
    assertEquals(3, partial.catalogue().events().size());
  }

  @Test
  void aFileThatIsNotACatalogueHasNoPartialModel() {
    CatalogueException failure =
        assertThrows(CatalogueException.class, () -> CatalogueLoader.load("c.yaml", "catalogue: [1"));
    assertTrue(failure.partial().isEmpty());
  }
}
