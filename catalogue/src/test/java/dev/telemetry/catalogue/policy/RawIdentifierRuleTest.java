package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawIdentifierRuleTest {
  private final RawIdentifierRule rule = new RawIdentifierRule();

  @Test
  void aRawIdentifierNamesThePropertyAndTheWord() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-RAW-ID",
                Severity.ERROR,
                "RAW_IDENTIFIER",
                "property 'request_id' is named like an identifier (token 'id') but is neither hashed nor"
                    + " has a raw-identifier reason; identifiers are not sent raw without one",
                "send it hashed (hash: <prefix>), or add raw-identifier: <reason> to the catalogue property"
                    + " if the raw value identifies no person or customer")),
        rule.check(subject("request_id", ValueShape.STRING).build()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"requested_by", "createdBy", "traceId", "span_id", "id", "targetIds", "install_uuid", "rule_guid"})
  void correlationAndActorIdentifiersNeedAHashOrAReason(String name) {
    assertEquals(1, rule.check(subject(name, ValueShape.STRING).build()).size());
    assertEquals(List.of(), rule.check(subject(name, ValueShape.STRING).hashed().build()));
    assertEquals(
        List.of(), rule.check(subject(name, ValueShape.STRING).rawIdentifier("Minted at random.").build()));
  }

  @Test
  void integerIdentifiersCountToo() {
    assertEquals(1, rule.check(subject("account_id", ValueShape.INTEGER).build()).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sort_by", "groupBy", "order_by", "valid", "idle_seconds", "android_version", "paid"})
  void queryClausesAndWordsContainingIdAreNotIdentifiers(String name) {
    assertEquals(List.of(), rule.check(subject(name, ValueShape.STRING).build()));
  }

  @Test
  void flagsNumbersAndEnumsAreNotIdentifiers() {
    assertEquals(List.of(), rule.check(subject("has_request_id", ValueShape.BOOLEAN).build()));
    assertEquals(List.of(), rule.check(subject("idp", ValueShape.ENUM).build()));
    assertEquals(List.of(), rule.check(subject("created_by", ValueShape.ENUM).build()));
    assertEquals(List.of(), rule.check(subject("average_id", ValueShape.NUMBER).build()));
  }

  @Test
  void aBlankReasonIsNoReason() {
    assertEquals(1, rule.check(subject("request_id", ValueShape.STRING).rawIdentifier("").build()).size());
  }
}
