package dev.telemetry.catalogue.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.ChangeKind;
import dev.telemetry.catalogue.model.Location;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of change between two releases, classified, named, and found on its line. */
class CatalogueDiffTest {
  static final String BASE = """
      catalogue: 1
      namespace: shop
      product: Shop
      policy:
        forbid:
          - names: [loyalty_number]
            reason: Loyalty numbers identify a customer.
      types:
        money:
          description: An amount.
          properties:
            amount: { type: number, minimum: 0, maximum: 1000, description: The amount. }
      events:
        shop:order.placed:
          emitted-when: An order was placed
          purpose: Counts orders.
          distinct-id: placed_by
          properties:
            placed_by: { type: string, hash: usr, description: The customer. }
            items_count: { type: integer, minimum: 1, maximum: 100, description: Number of items. }
            coupon: { type: string, pattern: "^[A-Z]{4}$", max-length: 4, required: false, description: The coupon. }
            channel: { type: enum, values: [web, app], description: Where. }
            total: { type: money, description: The total. }
            tags:
              type: array
              items: { type: enum, values: [gift, express] }
              max-items: 2
              description: Tags.
        shop:app.started:
          emitted-when: The shop starts
          purpose: Counts starts.
          distinct-id: { hash: ins }
          properties:
            uptime: { type: duration, description: Uptime. }
      """;

  static Catalogue load(String text) throws Exception {
    return CatalogueLoader.load("catalogue.yaml", text).catalogue();
  }

  static List<CatalogueChange> diff(String before, String after) throws Exception {
    return CatalogueDiff.between(ChangeGate.published(load(before)), ChangeGate.published(load(after)));
  }

  @Test
  void aCatalogueComparedWithItselfHasNoChanges() throws Exception {
    assertEquals(List.of(), diff(BASE, BASE));
  }

  @Test
  void textsAndExamplesAreNeutral() throws Exception {
    assertEquals(List.of(), diff(BASE, BASE.replace("Counts orders.", "Tells how many orders are placed.")
        .replace("description: The coupon.", "description: The coupon code.")));
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        Arguments.of("  shop:app.started:\n", "  shop:app.stopped:\n    emitted-when: It stops\n    purpose: Counts.\n"
            + "    distinct-id: { hash: ins }\n  shop:app.started:\n", ChangeKind.MORE_DATA, "event shop:app.stopped added"),
        Arguments.of("      uptime: { type: duration, description: Uptime. }",
            "      uptime: { type: duration, description: Uptime. }\n      cores: { type: integer, description: Cores. }",
            ChangeKind.MORE_DATA, "property shop:app.started.cores added"),
        Arguments.of("values: [web, app]", "values: [web, app, cli]", ChangeKind.MORE_DATA,
            "property shop:order.placed.channel enum value cli added"),
        Arguments.of("values: [web, app]", "values: [web]", ChangeKind.BREAKING,
            "property shop:order.placed.channel enum value app removed"),
        Arguments.of("values: [gift, express]", "values: [gift, express, bulk]", ChangeKind.MORE_DATA,
            "property shop:order.placed.tags[] enum value bulk added"),
        Arguments.of("pattern: \"^[A-Z]{4}$\", ", "", ChangeKind.MORE_DATA,
            "property shop:order.placed.coupon pattern removed"),
        Arguments.of("pattern: \"^[A-Z]{4}$\"", "pattern: \"^[A-Z]{4,8}$\"", ChangeKind.MORE_DATA,
            "property shop:order.placed.coupon pattern changed from ^[A-Z]{4}$ to ^[A-Z]{4,8}$"),
        Arguments.of("max-length: 4", "max-length: 8", ChangeKind.MORE_DATA,
            "property shop:order.placed.coupon max-length raised from 4 to 8"),
        Arguments.of("maximum: 100, ", "maximum: 500, ", ChangeKind.MORE_DATA,
            "property shop:order.placed.items_count maximum raised from 100 to 500"),
        Arguments.of("minimum: 1, ", "", ChangeKind.MORE_DATA,
            "property shop:order.placed.items_count minimum removed"),
        Arguments.of("max-items: 2", "max-items: 5", ChangeKind.MORE_DATA,
            "property shop:order.placed.tags max-items raised from 2 to 5"),
        Arguments.of("minimum: 0, maximum: 1000", "minimum: -10, maximum: 1000", ChangeKind.MORE_DATA,
            "type property money.amount minimum lowered from 0 to -10"),
        Arguments.of("    - names: [loyalty_number]\n      reason: Loyalty numbers identify a customer.\n",
            "    - names: [member_number]\n      reason: Member numbers identify a customer.\n", ChangeKind.MORE_DATA,
            "policy.forbid name loyalty_number removed"),
        Arguments.of("uptime: { type: duration, description: Uptime. }",
            "uptime: { type: duration, raw-identifier: Not an ID at all., description: Uptime. }",
            ChangeKind.MORE_DATA, "property shop:app.started.uptime raw-identifier added"),
        Arguments.of("distinct-id: { hash: ins }", "distinct-id: { hash: dep }", ChangeKind.MORE_DATA,
            "event shop:app.started distinct-id changed"),
        Arguments.of("      items_count: { type: integer, minimum: 1, maximum: 100, description: Number of items. }\n", "",
            ChangeKind.BREAKING, "property shop:order.placed.items_count removed"),
        Arguments.of("uptime: { type: duration,", "uptime: { type: integer,", ChangeKind.BREAKING,
            "property shop:app.started.uptime type changed from duration to integer"),
        Arguments.of("required: false, ", "", ChangeKind.BREAKING, "property shop:order.placed.coupon made required"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("mutations")
  void eachSingleChangeIsOneChangeOfItsKind(String find, String replace, ChangeKind kind, String what) throws Exception {
    String after = BASE.replace(find, replace);
    assertEquals(false, after.equals(BASE), "the mutation applies");
    List<CatalogueChange> changes = diff(BASE, after);
    assertEquals(List.of(kind + " " + what), changes.stream().map(c -> c.kind() + " " + c.what()).toList());
  }

  @Test
  void aRemovedEventIsBreaking() throws Exception {
    int start = BASE.indexOf("  shop:app.started:");
    List<CatalogueChange> changes = diff(BASE, BASE.substring(0, start));
    assertEquals(List.of(new CatalogueChange(ChangeKind.BREAKING, "event shop:app.started removed", "shop:app.started", null)),
        changes);
  }

  @Test
  void anUndeclaredChangeIsFoundOnItsLineWithTheEntryToAdd() throws Exception {
    String after = BASE.replace("values: [web, app]", "values: [web, app, cli]");
    List<ChangeGate.Finding> findings = ChangeGate.check(load(after), ChangeGate.published(load(BASE)), "1.1");
    assertEquals(List.of(new ChangeGate.Undeclared(
            new CatalogueChange(ChangeKind.MORE_DATA, "property shop:order.placed.channel enum value cli added",
                "shop:order.placed", "channel"),
            new Location("catalogue.yaml", 22, 7),
            "- { version: \"1.1\", kind: more-data, what: 'property shop:order.placed.channel enum value cli added', "
                + "reason: <why> }")),
        findings);
  }

  @Test
  void theProposedEntryPastedUnderChangesPassesTheGate() throws Exception {
    String after = BASE.replace("pattern: \"^[A-Z]{4}$\"", "pattern: \"^[A-Z]{4,8}$\"");
    ChangeGate.Undeclared finding = (ChangeGate.Undeclared)
        ChangeGate.check(load(after), ChangeGate.published(load(BASE)), "1.1").get(0);
    String declared = after + "changes:\n  " + finding.entry() + "\n";
    assertEquals(List.of(), ChangeGate.check(load(declared), ChangeGate.published(load(BASE)), "1.1"));
  }

  @Test
  void aDeclaredChangeThatDidNotHappenIsAFinding() throws Exception {
    String declared = BASE + "changes:\n  - { version: \"1.1\", kind: more-data, what: 'event shop:app.stopped added', "
        + "reason: New. }\n";
    List<ChangeGate.Finding> findings = ChangeGate.check(load(declared), ChangeGate.published(load(BASE)), "1.1");
    assertEquals(1, findings.size());
    ChangeGate.NotInDiff stale = (ChangeGate.NotInDiff) findings.get(0);
    assertEquals("event shop:app.stopped added", stale.declared().what());
    assertEquals(new Location("catalogue.yaml", 36, 5), stale.location());
  }

  @Test
  void entriesOfEarlierReleasesAreHistoryNotFindings() throws Exception {
    String released = BASE + "changes:\n  - { version: \"1.0\", kind: more-data, what: 'event shop:app.started added', "
        + "reason: New. }\n";
    assertEquals(List.of(), ChangeGate.check(load(released), ChangeGate.published(load(released)), "1.1"));
  }
}
