package dev.telemetry.catalogue.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTokensTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ownerEmail, owner_email",
    "owner_email, owner_email",
    "OWNER_EMAIL, owner_email",
    "owner-email, owner_email",
    "owner.email, owner_email",
    "OwnerEmail, owner_email",
    "userIPAddress, user_ip_address",
    "IPAddress, ip_address",
    "clientIPs, client_ips",
    "userIDsCount, user_ids_count",
    "IPv4, ipv4",
    "ipv4Address, ipv4_address",
    "userIPv6, user_ipv6",
    "HTTPServer, http_server",
    "x509Certificate, x509_certificate",
    "addressLine1, address_line1",
    "address_line1, address_line1",
    "icd10Code, icd10_code",
    "eMail, e_mail",
    "__leading__and__trailing__, leading_and_trailing",
    "emailsSentCount, emails_sent_count",
    "$jacoco$Data, jacoco_data",
    "über_straße, über_straße",
    "ÜberStraße, über_straße",
  })
  void splitsIntoLowerCaseWords(String name, String snake) {
    assertEquals(snake, NameTokens.snakeCase(name));
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'___'", "'-. $'"}, emptyValue = "")
  void aNameWithoutLettersOrDigitsHasNoWords(String name) {
    assertEquals(List.of(), NameTokens.of(name));
  }

  @Test
  void nullHasNoWords() {
    assertEquals(List.of(), NameTokens.of(null));
  }
}
