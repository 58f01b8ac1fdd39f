package dev.telemetry.catalogue.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.policy.Subject;
import dev.telemetry.catalogue.policy.ValueShape;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the personal-data policy is shown of each catalogue property. The policy's rules are
 * tested on their own; this pins down the description the loader hands them.
 */
class PolicySubjectTest {
  private static EventSpec event(String properties) throws Exception {
    String text = """
        catalogue: 1
        namespace: ns
        product: P
        types:
          money:
            description: M.
            properties:
              amount: { type: number, description: A. }
        events:
          ns:app.started:
            emitted-when: The app starts
            purpose: Counts starts.
            distinct-id: { hash: ins }
            properties:
        %s
        """.formatted(properties);
    return CatalogueLoader.load("c.yaml", text).catalogue().events().get("ns:app.started");
  }

  private static Subject subject(String property) throws Exception {
    EventSpec event = event(property);
    return PolicyCheck.subject(event.propertyList().get(0));
  }

  @Test
  void aHashedStringIsHashedAndUnconstrained() throws Exception {
    assertEquals(new Subject("user_id", ValueShape.STRING, Set.of(), true, false, null, null, null, Set.of()),
        subject("      user_id: { type: string, hash: usr, description: U. }"));
  }

  @Test
  void aPatternOrAnEnumConstrainsAString() throws Exception {
    assertEquals(new Subject("request_id", ValueShape.STRING, Set.of(), false, true, null, "Random.", null, Set.of()),
        subject("      request_id: { type: string, pattern: '^req_', raw-identifier: Random., description: R. }"));
    assertEquals(new Subject("role", ValueShape.ENUM, Set.of(), false, true, null, null, null, Set.of()),
        subject("      role: { type: enum, values: [admin], description: R. }"));
  }

  @Test
  void theReasonsAreHandedOver() throws Exception {
    assertEquals(new Subject("note", ValueShape.STRING, Set.of(), false, false, "Not an email.", null, "Typed.", Set.of()),
        subject("      note: { type: string, free-text: Typed., allow-pii: Not an email., description: N. }"));
  }

  @Test
  void anArrayIsSeenThroughItsItems() throws Exception {
    assertEquals(new Subject("owner_ids", ValueShape.STRING, Set.of(), true, false, null, null, null, Set.of()),
        subject("      owner_ids: { type: array, items: { type: string, hash: usr }, description: O. }"));
    assertEquals(new Subject("tags", ValueShape.ENUM, Set.of(), false, true, null, null, null, Set.of()),
        subject("      tags: { type: array, items: { type: enum, values: [a] }, description: T. }"));
  }

  @Test
  void otherTypesHaveTheirOwnShape() throws Exception {
    assertEquals(ValueShape.OBJECT, subject("      total: { type: money, description: T. }").shape());
    assertEquals(ValueShape.TIMESTAMP, subject("      at: { type: timestamp, description: T. }").shape());
    assertEquals(ValueShape.DURATION, subject("      took: { type: duration, description: T. }").shape());
    assertEquals(ValueShape.INTEGER, subject("      runs: { type: integer, description: R. }").shape());
    assertEquals(ValueShape.NUMBER, subject("      rate: { type: number, description: R. }").shape());
    assertEquals(ValueShape.BOOLEAN, subject("      on: { type: boolean, description: O. }").shape());
  }
}
