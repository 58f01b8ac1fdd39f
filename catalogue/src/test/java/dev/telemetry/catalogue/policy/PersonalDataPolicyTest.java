package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataPolicyTest {
  private static final Location HERE = new Location("catalogue.yaml", 1, 1);

  /** The policy section of shared/spec/catalogue-example.yaml. */
  private static final PolicyConfig EXAMPLE_POLICY =
      new PolicyConfig(
          PolicyConfig.Mode.STRICT,
          List.of(
              new PolicyConfig.ForbiddenNames(
                  List.of("aws_account_id", "account_id"), "AWS account IDs identify a customer.", HERE),
              new PolicyConfig.ForbiddenNames(
                  List.of("rule_name", "rule_description"),
                  "Access Rule names and descriptions are written by customers and can name people or"
                      + " systems.",
                  HERE),
              new PolicyConfig.ForbiddenNames(
                  List.of("region", "deployment_region"),
                  "The deployment region narrows down who the customer is.",
                  HERE),
              new PolicyConfig.ForbiddenNames(
                  List.of("sign_in_url", "login_url"), "A sign-in URL usually contains the company's name.", HERE)));

  private static final PersonalDataPolicy DEFAULT = PersonalDataPolicy.of(PolicyConfig.defaults());

  @Test
  void everyPropertyOfTheExampleCataloguePassesItsStrictPolicy() {
    PersonalDataPolicy policy = PersonalDataPolicy.of(EXAMPLE_POLICY);
    List<Subject> properties =
        List.of(
            subject("requested_by", ValueShape.STRING).hashed().build(),
            subject("reviewed_by", ValueShape.STRING).hashed().build(),
            subject("revoked_by", ValueShape.STRING).hashed().build(),
            subject("archived_by", ValueShape.STRING).hashed().build(),
            subject("created_by", ValueShape.STRING).hashed().build(),
            subject("updated_by", ValueShape.STRING).hashed().build(),
            subject("rule_id", ValueShape.STRING).hashed().build(),
            subject("request_id", ValueShape.STRING).constrained().rawIdentifier("Random per request.").build(),
            subject("access_group_id", ValueShape.STRING).constrained().rawIdentifier("Random.").build(),
            subject("has_reason", ValueShape.BOOLEAN).build(),
            subject("targets_count", ValueShape.INTEGER).build(),
            subject("access_groups_count", ValueShape.INTEGER).build(),
            subject("access_group_count", ValueShape.INTEGER).build(),
            subject("timing", ValueShape.OBJECT).build(),
            subject("override_timing", ValueShape.OBJECT).build(),
            subject("mode", ValueShape.ENUM).build(),
            subject("duration_seconds", ValueShape.NUMBER).build(),
            subject("pending_duration_seconds", ValueShape.NUMBER).build(),
            subject("review", ValueShape.ENUM).build(),
            subject("reviewer_is_admin", ValueShape.BOOLEAN).build(),
            subject("max_duration_seconds", ValueShape.INTEGER).build(),
            subject("requires_approval", ValueShape.BOOLEAN).build(),
            subject("has_filter_expression", ValueShape.BOOLEAN).build(),
            subject("targets", ValueShape.STRING).constrained().build(),
            subject("group_count", ValueShape.INTEGER).build(),
            subject("available_rules", ValueShape.INTEGER).build(),
            subject("role", ValueShape.ENUM).build(),
            subject("version", ValueShape.STRING).constrained().build(),
            subject("user_count", ValueShape.INTEGER).build(),
            subject("idp", ValueShape.ENUM).build(),
            subject("stage", ValueShape.STRING).constrained().build());
    for (Subject property : properties) {
      assertEquals(List.of(), policy.check(property), property.name());
    }
  }

  @Test
  void theReadmeExamplesOfReasonsPassAStrictPolicy() {
    PersonalDataPolicy policy = PersonalDataPolicy.of(EXAMPLE_POLICY);
    List<Subject> properties =
        List.of(
            subject("support_email", ValueShape.STRING).constrained().allowPii("Our own address.").build(),
            subject("request_id", ValueShape.STRING).constrained().rawIdentifier("Random.").build(),
            subject("requested_by", ValueShape.STRING).hashed().build(),
            subject("error_message", ValueShape.STRING).freeText("From our own code.").build());
    for (Subject property : properties) {
      assertEquals(List.of(), policy.check(property), property.name());
    }
  }

  @Test
  void theExamplesProductRulesCatchTheirNames() {
    PersonalDataPolicy policy = PersonalDataPolicy.of(EXAMPLE_POLICY);
    List<String> codes =
        policy.check(subject("deploymentRegion", ValueShape.ENUM).build()).stream().map(Finding::code).toList();
    assertEquals(List.of("TELEMETRY-PII-NAME", "TELEMETRY-PII-FORBIDDEN"), codes);
  }

  @Test
  void findingsComeRuleByRuleInTheDocumentedOrder() {
    PersonalDataPolicy policy = PersonalDataPolicy.of(EXAMPLE_POLICY);
    Subject everything =
        subject("owner_email_id", ValueShape.STRING)
            .types("java.net.URI", "java.lang.Object")
            .markers("Pii")
            .build();
    assertEquals(
        List.of(
            "TELEMETRY-PII-NAME",
            "TELEMETRY-PII-TYPE",
            "TELEMETRY-PII-MARKED",
            "TELEMETRY-RAW-ID",
            "TELEMETRY-STRICT-STRING"),
        policy.check(everything).stream().map(Finding::code).toList());
  }

  @Test
  void rulesAreListedInTheOrderOfTheirCodes() {
    assertEquals(
        PersonalDataPolicy.ruleCodes(), DEFAULT.rules().stream().map(PolicyRule::code).toList());
    assertEquals(
        List.of(
            "TELEMETRY-PII-NAME",
            "TELEMETRY-PII-TYPE",
            "TELEMETRY-PII-MARKED",
            "TELEMETRY-SCHEMA-ESCAPE",
            "TELEMETRY-PII-FORBIDDEN",
            "TELEMETRY-RAW-ID",
            "TELEMETRY-STRICT-STRING"),
        PersonalDataPolicy.ruleCodes());
  }

  @Test
  void everyRuleIsDocumented() {
    for (RuleDescriptor descriptor : DEFAULT.describe()) {
      assertTrue(descriptor.code().startsWith("TELEMETRY-"), descriptor.code());
      assertTrue(descriptor.summary().endsWith("."), descriptor.code());
      assertTrue(descriptor.rationale().length() > 100, descriptor.code());
      assertEquals(Severity.ERROR, descriptor.severity(), descriptor.code());
    }
  }

  @Test
  void aRuleOverrideTurnsARuleOffOrChangesItsSeverity() {
    Subject rawId = subject("request_id", ValueShape.STRING).build();
    PersonalDataPolicy off = PersonalDataPolicy.of(PolicyConfig.defaults(), Map.of("TELEMETRY-RAW-ID", Severity.OFF));
    assertEquals(List.of(), off.check(rawId));
    PersonalDataPolicy warn =
        PersonalDataPolicy.of(PolicyConfig.defaults(), Map.of("TELEMETRY-RAW-ID", Severity.WARNING));
    assertEquals(Severity.WARNING, warn.check(rawId).get(0).severity());
    assertEquals(Severity.WARNING, warn.describe().get(5).severity());
  }

  @Test
  void aCategoryOverrideWinsOverItsRule() {
    PersonalDataPolicy policy =
        PersonalDataPolicy.of(
            PolicyConfig.defaults(),
            Map.of("TELEMETRY-PII-NAME", Severity.OFF, "USER_AGENT", Severity.ERROR));
    assertEquals(List.of(), policy.check(subject("email", ValueShape.STRING).build()));
    List<Finding> userAgent = policy.check(subject("user_agent", ValueShape.STRING).build());
    assertEquals(List.of(Severity.ERROR), userAgent.stream().map(Finding::severity).toList());
  }

  @Test
  void anUnknownOverrideKeyIsRejectedWithTheValidKeys() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> PersonalDataPolicy.of(PolicyConfig.defaults(), Map.of("TELEMETRY-PII-EMAIL", Severity.OFF)));
    assertTrue(
        error.getMessage().startsWith(
            "unknown rule or category 'TELEMETRY-PII-EMAIL' in a severity override; valid: TELEMETRY-PII-NAME,"
                + " TELEMETRY-PII-TYPE,"),
        error.getMessage());
    assertTrue(error.getMessage().endsWith(", VEHICLE, FILE_PATH"), error.getMessage());
  }

  @Test
  void severitiesParseFromOptionValues() {
    assertEquals(Severity.WARNING, Severity.parse(" warning "));
    assertEquals(Severity.OFF, Severity.parse("OFF"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Severity.parse("info"));
    assertEquals("unknown severity 'info'; valid: ERROR, WARNING, OFF", error.getMessage());
  }

  @Test
  void theCategoriesCoverEverythingTheProductContractNames() {
    Set<String> ids = new HashSet<>();
    for (PersonalDataCategory category : PersonalDataPolicy.categories()) {
      ids.add(category.id());
      assertFalse(category.title().isBlank(), category.id());
      assertFalse(category.examples().isEmpty(), category.id());
      assertTrue(category.rationale().endsWith("."), category.id());
    }
    assertTrue(
        ids.containsAll(
            List.of(
                "EMAIL", "PHONE", "PERSON_NAME", "USERNAME", "RAW_USER_ID", "POSTAL_ADDRESS",
                "PRECISE_LOCATION", "IP_ADDRESS", "DEVICE_HARDWARE_ID", "ADVERTISING_TRACKING_ID",
                "COOKIE_SESSION", "USER_AGENT", "CREDENTIAL_SECRET", "CLOUD_ACCOUNT_ID",
                "DEPLOYMENT_REGION", "INSTANCE_URL_DOMAIN", "ORGANIZATION_NAME", "FREE_TEXT",
                "DATE_OF_BIRTH_AGE", "GOVERNMENT_ID", "FINANCIAL", "HEALTH", "BIOMETRIC_GENETIC",
                "SPECIAL_CATEGORY", "DEMOGRAPHIC_QUASI_ID", "VEHICLE")));
  }

  @Test
  void categoryPatternsAreDocumentedInTheirNotation() {
    assertEquals(
        List.of(
            "email", "e_mail", "email_address", "emailaddress", "mail (whole name)", "<person>_mail",
            "mail_address", "mail_addr"),
        PersonalDataCategory.EMAIL.examples());
    assertTrue(PersonalDataCategory.FREE_TEXT.examples().contains("*_description"));
    assertTrue(PersonalDataCategory.POSTAL_ADDRESS.examples().contains("address (whole name) (warning)"));
  }
}
