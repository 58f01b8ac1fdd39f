package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForbiddenNameRuleTest {
  private static final String FIX =
      "remove it, send a hashed identifier or a count instead, mark it @TelemetryIgnore, or if it is"
          + " not personal data add allow-pii: <reason> to the catalogue property";

  private final ForbiddenNameRule rule = new ForbiddenNameRule();

  private List<Finding> check(SubjectBuilder builder) {
    return rule.check(builder.build());
  }

  private List<String> categories(SubjectBuilder builder) {
    return check(builder).stream().map(Finding::category).toList();
  }

  @Test
  void aForbiddenWordNamesThePropertyTheCategoryAndTheWord() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-PII-NAME",
                Severity.ERROR,
                "EMAIL",
                "property 'owner_email' looks like personal data (EMAIL: token 'email'); telemetry must"
                    + " never carry it",
                FIX)),
        check(subject("owner_email", ValueShape.STRING)));
  }

  @Test
  void aRunOfWordsIsQuotedAsTheNameSpellsIt() {
    assertEquals(
        "property 'dateOfBirth' looks like personal data (DATE_OF_BIRTH_AGE: tokens 'date of birth');"
            + " telemetry must never carry it",
        check(subject("dateOfBirth", ValueShape.STRING)).get(0).message());
  }

  @Test
  void aWeakSignalIsAWarningWorded() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-PII-NAME",
                Severity.WARNING,
                "POSTAL_ADDRESS",
                "property 'zip' may carry personal data (POSTAL_ADDRESS: token 'zip'); make sure it never"
                    + " does",
                FIX)),
        check(subject("zip", ValueShape.STRING)));
  }

  @Test
  void aHashableCategorySuggestsHashing() {
    Finding finding = check(subject("ownerId", ValueShape.STRING)).get(0);
    assertEquals(
        "property 'ownerId' looks like personal data (RAW_USER_ID: tokens 'owner id'); telemetry must"
            + " never carry it",
        finding.message());
    assertEquals(
        "send it hashed (hash: <prefix> in the catalogue), remove it, mark it @TelemetryIgnore, or if it"
            + " is not personal data add allow-pii: <reason> to the catalogue property",
        finding.fix());
  }

  @Test
  void freeTextSuggestsAConstraintOrAReason() {
    Finding finding = check(subject("rule_description", ValueShape.STRING)).get(0);
    assertEquals("FREE_TEXT", finding.category());
    assertEquals(
        "constrain it with an enum or a pattern, add free-text: <reason> to the catalogue property if it"
            + " never holds text a person wrote, remove it, or mark it @TelemetryIgnore",
        finding.fix());
  }

  @Test
  void everyCategoryInTheNameIsReportedOnceInNameOrder() {
    assertEquals(
        List.of("PHONE", "EMAIL"),
        categories(subject("backup_phone_or_email_or_second_email", ValueShape.STRING)));
  }

  @Test
  void aTypeWhoseNameMarksACategoryIsCaughtWhateverTheMemberIsCalled() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-PII-NAME",
                Severity.ERROR,
                "EMAIL",
                "the type of property 'value' looks like personal data (EMAIL: type name 'EmailAddress');"
                    + " telemetry must never carry it",
                FIX)),
        check(subject("value", ValueShape.OBJECT).types("com.example.EmailAddress", "java.lang.Object")));
    assertEquals(
        List.of("PHONE"), categories(subject("value", ValueShape.OBJECT).types("com.example.PhoneNumber")));
    assertEquals(
        List.of("IP_ADDRESS"), categories(subject("origin", ValueShape.OBJECT).types("com.example.IpAddress")));
    Finding gender = check(subject("kind", ValueShape.ENUM).types("com.example.Profile$Gender")).get(0);
    assertEquals(Severity.WARNING, gender.severity());
    assertEquals("DEMOGRAPHIC_QUASI_ID", gender.category());
  }

  @Test
  void aTypeNameOnlyCountsWhenItNamesTheValue() {
    assertEquals(List.of(), check(subject("template", ValueShape.ENUM).types("com.example.EmailTemplate")));
    assertEquals(List.of(), check(subject("policy", ValueShape.ENUM).types("com.example.PasswordPolicy")));
    assertEquals(List.of(), check(subject("target", ValueShape.OTHER).types("java.net.URL", "java.lang.Object")));
  }

  @Test
  void theSameCategoryFromNameAndTypeIsReportedOnce() {
    assertEquals(
        List.of("EMAIL"), categories(subject("email", ValueShape.OBJECT).types("com.example.EmailAddress")));
  }

  @Test
  void aWrittenAllowPiiReasonAllowsTheName() {
    assertEquals(
        List.of(),
        check(subject("support_email", ValueShape.STRING).allowPii("The product's own support address.")));
    assertEquals(
        List.of(),
        check(subject("value", ValueShape.OBJECT).types("com.example.EmailAddress").allowPii("Ours.")));
  }

  @Test
  void aBlankAllowPiiReasonAllowsNothing() {
    assertEquals(List.of("EMAIL"), categories(subject("support_email", ValueShape.STRING).allowPii("  ")));
  }

  @Test
  void hashingAllowsIdentifiersButNotContactData() {
    assertEquals(List.of(), check(subject("user_id", ValueShape.STRING).hashed()));
    assertEquals(List.of(), check(subject("tenantId", ValueShape.STRING).hashed()));
    assertEquals(List.of(), check(subject("session_id", ValueShape.STRING).hashed()));
    assertEquals(List.of("EMAIL"), categories(subject("email", ValueShape.STRING).hashed()));
    assertEquals(List.of("PHONE"), categories(subject("phone", ValueShape.STRING).hashed()));
  }

  @Test
  void aRawIdentifierReasonDoesNotAllowAPersonsIdentifier() {
    assertEquals(
        List.of("RAW_USER_ID"), categories(subject("user_id", ValueShape.STRING).rawIdentifier("Random.")));
  }

  @Test
  void freeTextIsOnlyAnUnconstrainedStringWithoutAReason() {
    assertEquals(List.of("FREE_TEXT"), categories(subject("description", ValueShape.STRING)));
    assertEquals(List.of(), check(subject("description", ValueShape.STRING).constrained()));
    assertEquals(List.of(), check(subject("description", ValueShape.ENUM)));
    assertEquals(List.of(), check(subject("error_message", ValueShape.STRING).freeText("Our own messages.")));
    assertEquals(List.of(), check(subject("query_duration_ms", ValueShape.NUMBER)));
  }

  @Test
  void healthAndSpecialCategoriesAreRevealedEvenByAFlagOrACount() {
    assertEquals(List.of("HEALTH"), categories(subject("has_disability", ValueShape.BOOLEAN)));
    assertEquals(List.of("HEALTH"), categories(subject("diagnosis_count", ValueShape.INTEGER)));
    assertEquals(List.of("SPECIAL_CATEGORY"), categories(subject("religion_type", ValueShape.ENUM)));
  }

  @Test
  void datesOfBirthAndAgesAreCarriedByTimesAndTimeUnits() {
    assertEquals(List.of("DATE_OF_BIRTH_AGE"), categories(subject("birth_date", ValueShape.TIMESTAMP)));
    assertEquals(List.of("DATE_OF_BIRTH_AGE"), categories(subject("user_age_years", ValueShape.INTEGER)));
    assertEquals(List.of(), check(subject("birthday_greeting_enabled", ValueShape.BOOLEAN)));
    assertEquals(List.of(), check(subject("email_verified_at", ValueShape.TIMESTAMP)));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "ip_address, IP_ADDRESS",
    "remote_address, IP_ADDRESS",
    "mac_address, DEVICE_HARDWARE_ID",
    "email_address, EMAIL",
    "home_address, POSTAL_ADDRESS",
    "user_name, USERNAME",
    "owner_name, PERSON_NAME",
    "session_token, COOKIE_SESSION",
    "access_token, CREDENTIAL_SECRET",
    "device_fingerprint, ADVERTISING_TRACKING_ID",
    "aws_account_id, CLOUD_ACCOUNT_ID",
    "patient_id, HEALTH",
    "sign_in_url, INSTANCE_URL_DOMAIN",
  })
  void theLongestMatchDecidesTheCategory(String name, String category) {
    assertEquals(List.of(category), categories(subject(name, ValueShape.STRING)));
  }

  @Test
  void aBareUrlIsAWarningAndANamedOneAnError() {
    assertEquals(Severity.WARNING, check(subject("docs_url", ValueShape.STRING)).get(0).severity());
    assertEquals(Severity.ERROR, check(subject("webhook_url", ValueShape.STRING)).get(0).severity());
  }
}
