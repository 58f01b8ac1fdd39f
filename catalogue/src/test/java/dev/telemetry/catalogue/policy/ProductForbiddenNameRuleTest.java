package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductForbiddenNameRuleTest {
  private static final Location HERE = new Location("catalogue.yaml", 17, 7);

  private final ProductForbiddenNameRule rule =
      new ProductForbiddenNameRule(
          List.of(
              new PolicyConfig.ForbiddenNames(
                  List.of("aws_account_id", "account_id"), "AWS account IDs identify a customer.", HERE),
              new PolicyConfig.ForbiddenNames(List.of("ruleName"), "", HERE)));

  @Test
  void aForbiddenNameQuotesTheProductsReason() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-PII-FORBIDDEN",
                Severity.ERROR,
                "PRODUCT",
                "property 'awsAccountId' matches 'aws_account_id', which this product forbids: AWS account"
                    + " IDs identify a customer.",
                "remove it, or send a count or a flag instead; names in policy.forbid cannot be allowed per"
                    + " property")),
        rule.check(subject("awsAccountId", ValueShape.STRING).build()));
  }

  @Test
  void anEntryWithoutAReasonStillNamesTheRule() {
    assertEquals(
        "property 'parent_rule_name' matches 'rule_name', which this product forbids",
        rule.check(subject("parent_rule_name", ValueShape.STRING).build()).get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"account_id", "billing_account_id", "ACCOUNT-ID", "account_ids", "rule_name"})
  void aListedNameMatchesAsARunOfWordsInAnyCase(String name) {
    assertEquals(1, rule.check(subject(name, ValueShape.STRING).build()).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"accountant", "account", "id", "rule", "account_name_id"})
  void aListedNameNeverMatchesInsideAWordOrOutOfOrder(String name) {
    assertEquals(List.of(), rule.check(subject(name, ValueShape.STRING).build()));
  }

  @Test
  void flagsCountsAndCategoryWordsPass() {
    assertEquals(List.of(), rule.check(subject("has_account_id", ValueShape.BOOLEAN).build()));
    assertEquals(List.of(), rule.check(subject("account_id_count", ValueShape.INTEGER).build()));
    assertEquals(List.of(), rule.check(subject("account_id_format", ValueShape.ENUM).build()));
  }

  @Test
  void neitherAllowPiiNorHashingAllowsAProductRule() {
    Subject allowed =
        subject("account_id", ValueShape.STRING).allowPii("We need it.").rawIdentifier("Random.").hashed().build();
    assertEquals(1, rule.check(allowed).size());
  }
}
