package dev.telemetry.catalogue.policy;

import java.util.List;
import java.util.Set;

/**
 * {@code TELEMETRY-PII-TYPE}: a value of a Java type that holds personal data or secrets by design
 * (an {@code InetAddress}, a {@code Path}, a {@code char[]}...). Nothing allows it.
 */
public final class ForbiddenTypeRule implements PolicyRule {
  /** The rule's stable code. */
  public static final String CODE = "TELEMETRY-PII-TYPE";

  /**
   * One forbidden type. A subject is caught when its type or any of its supertypes is this type, so
   * {@code java.net.InetAddress} also catches {@code Inet4Address} and {@code Inet6Address}.
   *
   * @param qualifiedName the qualified name ({@code char[]} for a char array)
   * @param category the personal-data category it carries
   */
  public record ForbiddenType(String qualifiedName, PersonalDataCategory category) {}

  /** More specific types first, so a finding names the most telling type. */
  private static final List<ForbiddenType> TYPES =
      List.of(
          new ForbiddenType("java.net.InetAddress", PersonalDataCategory.IP_ADDRESS),
          new ForbiddenType("java.net.InetSocketAddress", PersonalDataCategory.IP_ADDRESS),
          new ForbiddenType("java.net.SocketAddress", PersonalDataCategory.IP_ADDRESS),
          new ForbiddenType("java.net.NetworkInterface", PersonalDataCategory.DEVICE_HARDWARE_ID),
          new ForbiddenType("java.net.URL", PersonalDataCategory.INSTANCE_URL_DOMAIN),
          new ForbiddenType("java.net.URI", PersonalDataCategory.INSTANCE_URL_DOMAIN),
          new ForbiddenType("java.nio.file.Path", PersonalDataCategory.FILE_PATH),
          new ForbiddenType("java.io.File", PersonalDataCategory.FILE_PATH),
          new ForbiddenType("java.security.Principal", PersonalDataCategory.USERNAME),
          new ForbiddenType("javax.security.auth.Subject", PersonalDataCategory.USERNAME),
          new ForbiddenType("javax.mail.internet.InternetAddress", PersonalDataCategory.EMAIL),
          new ForbiddenType("jakarta.mail.internet.InternetAddress", PersonalDataCategory.EMAIL),
          new ForbiddenType("javax.mail.Address", PersonalDataCategory.EMAIL),
          new ForbiddenType("jakarta.mail.Address", PersonalDataCategory.EMAIL),
          new ForbiddenType(
              "com.google.i18n.phonenumbers.Phonenumber.PhoneNumber", PersonalDataCategory.PHONE),
          new ForbiddenType(Subject.CHAR_ARRAY, PersonalDataCategory.CREDENTIAL_SECRET),
          new ForbiddenType("java.security.PrivateKey", PersonalDataCategory.CREDENTIAL_SECRET),
          new ForbiddenType("javax.crypto.SecretKey", PersonalDataCategory.CREDENTIAL_SECRET),
          new ForbiddenType("java.security.KeyPair", PersonalDataCategory.CREDENTIAL_SECRET),
          new ForbiddenType("java.security.Key", PersonalDataCategory.CREDENTIAL_SECRET),
          new ForbiddenType("java.security.KeyStore", PersonalDataCategory.CREDENTIAL_SECRET),
          new ForbiddenType("java.net.PasswordAuthentication", PersonalDataCategory.CREDENTIAL_SECRET),
          new ForbiddenType("java.net.HttpCookie", PersonalDataCategory.COOKIE_SESSION),
          new ForbiddenType("jakarta.servlet.http.Cookie", PersonalDataCategory.COOKIE_SESSION),
          new ForbiddenType("javax.servlet.http.Cookie", PersonalDataCategory.COOKIE_SESSION),
          new ForbiddenType("jakarta.servlet.http.HttpSession", PersonalDataCategory.COOKIE_SESSION),
          new ForbiddenType("javax.servlet.http.HttpSession", PersonalDataCategory.COOKIE_SESSION),
          new ForbiddenType("software.amazon.awssdk.arns.Arn", PersonalDataCategory.CLOUD_ACCOUNT_ID),
          new ForbiddenType(
              "software.amazon.awssdk.regions.Region", PersonalDataCategory.DEPLOYMENT_REGION),
          new ForbiddenType("com.amazonaws.regions.Regions", PersonalDataCategory.DEPLOYMENT_REGION),
          new ForbiddenType("com.amazonaws.regions.Region", PersonalDataCategory.DEPLOYMENT_REGION),
          new ForbiddenType("java.awt.Image", PersonalDataCategory.BIOMETRIC_GENETIC));

  /** The forbidden types in the order they are checked. */
  public static List<ForbiddenType> forbiddenTypes() {
    return TYPES;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String summary() {
    return "A value of a type that holds personal data or secrets by design (InetAddress, URL, URI,"
        + " Path, File, Principal, mail addresses, char[], keys, cookies) is not sent.";
  }

  @Override
  public String rationale() {
    return "These types exist to hold addresses, locations on someone's disk, identities or secrets:"
        + " whatever the member is called, its value is personal data. A supertype counts, so"
        + " InetAddress also forbids Inet4Address and Inet6Address. No reason can allow a forbidden"
        + " type; send a count, an enum or a hashed identifier derived from it instead.";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Subject subject) {
    Set<String> names = Set.copyOf(TypeNames.of(subject));
    for (ForbiddenType type : TYPES) {
      if (names.contains(type.qualifiedName())) {
        String message = "property '" + subject.name() + "' is a " + type.qualifiedName()
            + ", a type that holds personal data (" + type.category().id()
            + "); telemetry must never carry it";
        String fix = "send a count, an enum or a hashed identifier derived from it instead, or mark it"
            + " @TelemetryIgnore; a forbidden type cannot be allowed";
        return List.of(new Finding(CODE, Severity.ERROR, type.category().id(), message, fix));
      }
    }
    return List.of();
  }
}
