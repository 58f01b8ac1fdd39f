package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForbiddenTypeRuleTest {
  private final ForbiddenTypeRule rule = new ForbiddenTypeRule();

  @Test
  void aForbiddenTypeNamesThePropertyTheTypeAndTheCategory() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-PII-TYPE",
                Severity.ERROR,
                "IP_ADDRESS",
                "property 'remote' is a java.net.InetAddress, a type that holds personal data"
                    + " (IP_ADDRESS); telemetry must never carry it",
                "send a count, an enum or a hashed identifier derived from it instead, or mark it"
                    + " @TelemetryIgnore; a forbidden type cannot be allowed")),
        rule.check(
            subject("remote", ValueShape.OTHER)
                .types("java.net.Inet4Address", "java.net.InetAddress", "java.io.Serializable", "java.lang.Object")
                .build()));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "java.net.InetSocketAddress, IP_ADDRESS",
    "java.net.URL, INSTANCE_URL_DOMAIN",
    "java.net.URI, INSTANCE_URL_DOMAIN",
    "java.nio.file.Path, FILE_PATH",
    "java.io.File, FILE_PATH",
    "java.security.Principal, USERNAME",
    "jakarta.mail.internet.InternetAddress, EMAIL",
    "javax.mail.internet.InternetAddress, EMAIL",
    "char[], CREDENTIAL_SECRET",
    "java.security.PrivateKey, CREDENTIAL_SECRET",
    "javax.crypto.SecretKey, CREDENTIAL_SECRET",
    "java.security.KeyPair, CREDENTIAL_SECRET",
    "java.net.HttpCookie, COOKIE_SESSION",
    "jakarta.servlet.http.Cookie, COOKIE_SESSION",
  })
  void eachForbiddenTypeIsCaughtInItsCategory(String type, String category) {
    List<Finding> findings = rule.check(subject("value", ValueShape.OTHER).types(type).build());
    assertEquals(List.of(category), findings.stream().map(Finding::category).toList());
  }

  @Test
  void aSubtypeIsCaughtThroughItsSupertype() {
    List<Finding> findings =
        rule.check(
            subject("home", ValueShape.OTHER)
                .types("sun.nio.fs.UnixPath", "java.nio.file.Path", "java.lang.Comparable<java.nio.file.Path>")
                .build());
    assertEquals(
        "property 'home' is a java.nio.file.Path, a type that holds personal data (FILE_PATH); telemetry"
            + " must never carry it",
        findings.get(0).message());
  }

  @Test
  void noReasonAllowsAForbiddenType() {
    Subject allowed =
        subject("value", ValueShape.OTHER)
            .types("java.net.URI")
            .allowPii("Public docs link.")
            .rawIdentifier("Not an ID.")
            .freeText("Not text.")
            .hashed()
            .build();
    assertEquals(1, rule.check(allowed).size());
  }

  @Test
  void ordinaryTypesPass() {
    assertEquals(
        List.of(),
        rule.check(
            subject("name", ValueShape.STRING)
                .types("java.lang.String", "java.lang.CharSequence", "java.lang.Object")
                .build()));
    assertEquals(List.of(), rule.check(subject("email", ValueShape.STRING).build()));
  }
}
