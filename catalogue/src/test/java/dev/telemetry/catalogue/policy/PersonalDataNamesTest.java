package dev.telemetry.catalogue.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Personal-data names in camelCase, snake_case, kebab-case, dotted and SCREAMING case, bare,
 * prefixed and suffixed, each with the category it must be caught as. Every name is checked as an
 * unconstrained string, except {@code has_}/{@code is_} names of categories that a flag reveals,
 * which are checked as booleans.
 */
class PersonalDataNamesTest {
  private static final String NAMES =
      """
          email EMAIL
          ownerEmail EMAIL
          owner_email EMAIL
          userEmailAddress EMAIL
          e_mail EMAIL
          eMail EMAIL
          mail EMAIL
          recipient_email EMAIL
          EMAIL_ADDRESS EMAIL
          emails EMAIL
          contact-email EMAIL
          billing.email EMAIL
          phone PHONE
          user_phone_number PHONE
          phoneNumber PHONE
          mobile_number PHONE
          tel PHONE
          telephone PHONE
          fax_number PHONE
          cellPhone PHONE
          msisdn PHONE
          first_name PERSON_NAME
          lastName PERSON_NAME
          surname PERSON_NAME
          fullName PERSON_NAME
          owner_name PERSON_NAME
          customerName PERSON_NAME
          given_name PERSON_NAME
          nickname PERSON_NAME
          username USERNAME
          user_name USERNAME
          login USERNAME
          displayName USERNAME
          slack_handle USERNAME
          screen_name USERNAME
          user_id RAW_USER_ID
          userId RAW_USER_ID
          customer_id RAW_USER_ID
          ownerId RAW_USER_ID
          requester_id RAW_USER_ID
          memberIds RAW_USER_ID
          sub RAW_USER_ID
          homeAddress POSTAL_ADDRESS
          street_address POSTAL_ADDRESS
          postal_code POSTAL_ADDRESS
          zipCode POSTAL_ADDRESS
          billing_address POSTAL_ADDRESS
          addressLine1 POSTAL_ADDRESS
          user_address POSTAL_ADDRESS
          latitude PRECISE_LOCATION
          lng PRECISE_LOCATION
          geoLocation PRECISE_LOCATION
          gps_coordinates PRECISE_LOCATION
          user_location PRECISE_LOCATION
          latLng PRECISE_LOCATION
          clientIP IP_ADDRESS
          ip IP_ADDRESS
          ip_address IP_ADDRESS
          userIPAddress IP_ADDRESS
          remote_addr IP_ADDRESS
          ipv4 IP_ADDRESS
          x-forwarded-for IP_ADDRESS
          sourceIps IP_ADDRESS
          macAddress DEVICE_HARDWARE_ID
          imei DEVICE_HARDWARE_ID
          device_serial DEVICE_HARDWARE_ID
          idfa ADVERTISING_TRACKING_ID
          advertisingId ADVERTISING_TRACKING_ID
          device_fingerprint ADVERTISING_TRACKING_ID
          cookie COOKIE_SESSION
          sessionId COOKIE_SESSION
          session_token COOKIE_SESSION
          set-cookie COOKIE_SESSION
          user_agent USER_AGENT
          userAgent USER_AGENT
          uastring USER_AGENT
          ua_header USER_AGENT
          user_ua USER_AGENT
          uaString USER_AGENT
          http_user_agent USER_AGENT
          HTTPUserAgent USER_AGENT
          browser_user_agent USER_AGENT
          clientUserAgent USER_AGENT
          password CREDENTIAL_SECRET
          dbPassword CREDENTIAL_SECRET
          apiKey CREDENTIAL_SECRET
          client_secret CREDENTIAL_SECRET
          access_token CREDENTIAL_SECRET
          refreshToken CREDENTIAL_SECRET
          private_key CREDENTIAL_SECRET
          jwt CREDENTIAL_SECRET
          pin CREDENTIAL_SECRET
          authorization CREDENTIAL_SECRET
          awsAccountId CLOUD_ACCOUNT_ID
          account_id CLOUD_ACCOUNT_ID
          tenantId CLOUD_ACCOUNT_ID
          role_arn CLOUD_ACCOUNT_ID
          org_id CLOUD_ACCOUNT_ID
          region DEPLOYMENT_REGION
          aws_region DEPLOYMENT_REGION
          availabilityZone DEPLOYMENT_REGION
          sign_in_url INSTANCE_URL_DOMAIN
          hostname INSTANCE_URL_DOMAIN
          baseUrl INSTANCE_URL_DOMAIN
          host INSTANCE_URL_DOMAIN
          webhookURL INSTANCE_URL_DOMAIN
          company_name ORGANIZATION_NAME
          companyName ORGANIZATION_NAME
          organization ORGANIZATION_NAME
          employer ORGANIZATION_NAME
          description FREE_TEXT
          rule_description FREE_TEXT
          comment FREE_TEXT
          errorMessage FREE_TEXT
          justification FREE_TEXT
          search_query FREE_TEXT
          dateOfBirth DATE_OF_BIRTH_AGE
          dob DATE_OF_BIRTH_AGE
          birth_date DATE_OF_BIRTH_AGE
          birthday DATE_OF_BIRTH_AGE
          age DATE_OF_BIRTH_AGE
          user_age DATE_OF_BIRTH_AGE
          ssn GOVERNMENT_ID
          passportNumber GOVERNMENT_ID
          tax_id GOVERNMENT_ID
          nationalInsuranceNumber GOVERNMENT_ID
          driversLicense GOVERNMENT_ID
          creditCardNumber FINANCIAL
          card_number FINANCIAL
          iban FINANCIAL
          cvv FINANCIAL
          bank_account FINANCIAL
          salary FINANCIAL
          diagnosis HEALTH
          blood_type HEALTH
          has_disability HEALTH
          medicalConditions HEALTH
          fingerprint_image BIOMETRIC_GENETIC
          faceId BIOMETRIC_GENETIC
          profile_photo BIOMETRIC_GENETIC
          ethnicity SPECIAL_CATEGORY
          religion SPECIAL_CATEGORY
          sexual_orientation SPECIAL_CATEGORY
          is_union_membership SPECIAL_CATEGORY
          gender DEMOGRAPHIC_QUASI_ID
          nationality DEMOGRAPHIC_QUASI_ID
          maritalStatus DEMOGRAPHIC_QUASI_ID
          license_plate VEHICLE
          vin VEHICLE
          home_dir FILE_PATH
          filePath FILE_PATH
          sshKey CREDENTIAL_SECRET
          server_address IP_ADDRESS
          city POSTAL_ADDRESS
          account_name USERNAME
      """;

  private static final PersonalDataPolicy POLICY = PersonalDataPolicy.of(PolicyConfig.defaults());

  static Stream<String> names() {
    return NAMES.lines().map(String::strip).filter(line -> !line.isEmpty());
  }

  @Test
  void theListIsLongEnoughToMeanSomething() {
    assertTrue(names().count() >= 100, "at least 100 names");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void aPersonalDataNameIsCaughtInItsCategory(String line) {
    String[] parts = line.split(" ");
    String name = parts[0];
    ValueShape shape =
        name.startsWith("has_") || name.startsWith("is_") ? ValueShape.BOOLEAN : ValueShape.STRING;
    List<String> categories =
        POLICY.check(Subject.named(name, shape)).stream()
            .filter(f -> f.code().equals(ForbiddenNameRule.CODE))
            .map(Finding::category)
            .toList();
    assertEquals(List.of(parts[1]), categories);
  }
}
