package dev.telemetry.catalogue.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in categories of personal data that rule {@code TELEMETRY-PII-NAME} looks for in
 * names, as data: each category lists its name patterns, its default severity, which values can
 * carry it, and why it is personal data (with the public source).
 *
 * <p>Pattern notation in the table: {@code email} matches the word anywhere in a name,
 * {@code =tel} only the whole name, {@code *description} only at the end of the name,
 * {@code ~name} only right after a word for a person ({@link #personWords()}), and a trailing
 * {@code ?} marks a weaker signal that is reported as a warning. Words are joined by {@code _}.
 */
public enum PersonalDataCategory {
  EMAIL(
      "Email addresses",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "email, e_mail, email_address, emailaddress, =mail, ~mail, mail_address, mail_addr",
      "",
      "A direct contact identifier (Presidio and Google DLP EMAIL_ADDRESS; Common Fate never collects it)."
          + " A hash of an email address can be reversed by guessing, so hashing does not allow it."),
  PHONE(
      "Phone and fax numbers",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "phone, phone_number, phonenumber, telephone, =tel, ~tel, tel_no, tel_number, mobile_number, mobile_phone,"
          + " cell_phone, cellphone, cell_number, msisdn, fax",
      "",
      "A direct contact identifier (Presidio PHONE_NUMBER, Google DLP and AWS Macie PHONE_NUMBER)."),
  PERSON_NAME(
      "Names of people",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "first_name, firstname, given_name, last_name, lastname, surname, family_name, middle_name,"
          + " maiden_name, full_name, fullname, legal_name, real_name, nickname, nick_name, ~name",
      "",
      "A name identifies a person (GDPR Art. 4(1); Presidio PERSON; Google DLP PERSON_NAME). A bare"
          + " 'name' is not flagged: it usually names an event, a feature, a plan or an enum constant."),
  USERNAME(
      "User names and account handles",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "username, user_name, =login, ~login, login_name, *handle, screen_name, display_name,"
          + " displayname, account_name, upn, user_principal_name, sam_account_name",
      "",
      "An account handle usually reveals the person or the company behind it (Google DLP; OpenMetadata"
          + " USER_NAME)."),
  RAW_USER_ID(
      "Identifiers of people",
      Severity.ERROR,
      Carriers.VALUES,
      true,
      "user_id, userid, customer_id, account_holder_id, subject_id, principal_id, =sub, =oid, ~id,"
          + " ~uuid, ~guid",
      "",
      "An identification number identifies a person (GDPR Art. 4(1)); sent hashed it is pseudonymous"
          + " (Recital 26), as Common Fate does for every user ID. Hashing allows it."),
  POSTAL_ADDRESS(
      "Postal addresses",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "street, street_address, address_line, address_line1, address_line2, home_address,"
          + " mailing_address, billing_address, shipping_address, postal_address, postal_code,"
          + " postcode, post_code, zip_code, zipcode, house_number, ~address, =address?, =zip?, city?",
      "",
      "Where a person lives is location data (GDPR Art. 4(1); Google DLP STREET_ADDRESS; AWS Macie"
          + " ADDRESS). A bare 'address' is only a warning: it is as often a memory or socket address."),
  PRECISE_LOCATION(
      "Precise location",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "latitude, longitude, lat_long, lat_lng, lat_lon, latlng, latlong, geo_location, geolocation,"
          + " geo_point, geopoint, geo_coordinates, geohash, gps, =coordinates, =lat, =lng, =lon,"
          + " ~location, =location?",
      "",
      "Location data identifies a person (GDPR Art. 4(1); Google DLP LOCATION_COORDINATES). Coarse"
          + " settings such as country, locale and time zone are not flagged."),
  IP_ADDRESS(
      "IP addresses",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "ip, ip_address, ipaddress, ipaddr, ip_addr, ipv4, ipv6, remote_addr, remote_address, peer_address,"
          + " peer_addr, client_address, server_address, host_address, socket_address, x_forwarded_for,"
          + " forwarded_for",
      "",
      "An online identifier (GDPR Recital 30; CJEU Breyer); Presidio and Google DLP IP_ADDRESS."
          + " Common Fate never records IP addresses."),
  DEVICE_HARDWARE_ID(
      "Hardware identifiers",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "mac_address, macaddress, mac_addr, hardware_address, imei, imsi, iccid, meid, udid, android_id,"
          + " device_serial, hardware_serial, serial_number?",
      "",
      "A persistent identifier of a person's device (Presidio MAC_ADDRESS; Google DLP"
          + " IMEI_HARDWARE_ID, IMSI_ID, ICCID_NUMBER)."),
  ADVERTISING_TRACKING_ID(
      "Advertising and tracking identifiers",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "advertising_id, ad_id, idfa, idfv, gaid, aaid, tracking_id, browser_fingerprint,"
          + " device_fingerprint, canvas_fingerprint",
      "",
      "Identifiers built to follow a person across apps and sites (Google DLP ADVERTISING_ID)."),
  COOKIE_SESSION(
      "Cookies and session identifiers",
      Severity.ERROR,
      Carriers.VALUES,
      true,
      "cookie, set_cookie, session_id, sessionid, session_token, session_key, session_cookie, =sid,"
          + " jsessionid, phpsessid",
      "cookie_consent",
      "An online identifier (GDPR Recital 30; Google DLP HTTP_COOKIE). A hashed session ID only"
          + " correlates events, so hashing allows it."),
  USER_AGENT(
      "User agents",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "user_agent, useragent, uastring, ua_string, ua",
      "",
      "A quasi-identifier used for fingerprinting (Google DLP HTTP_USER_AGENT). Forbidden, not a"
          + " warning (PRODUCT.md section 6): send a browser family or an operating-system enum instead."),
  CREDENTIAL_SECRET(
      "Credentials, secrets, tokens and keys",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "password, passwd, =pwd, passphrase, secret, credential, token, api_key, apikey, access_key,"
          + " secret_key, private_key, signing_key, encryption_key, ssh_key, gpg_key, pgp_key,"
          + " license_key, licence_key, jwt,"
          + " =authorization, authorization_header, auth_header, =otp, otp_code, =totp, totp_code,"
          + " recovery_code, backup_code, =pin, ~pin",
      "next_token, page_token, continuation_token, pagination_token, cursor_token, sync_token,"
          + " input_token, output_token, prompt_token, completion_token, cached_token, reasoning_token",
      "Never telemetry (AWS Macie credentials; Google DLP credential types). Pagination tokens and"
          + " counts of language-model tokens are not credentials and are not flagged."),
  CLOUD_ACCOUNT_ID(
      "Cloud and tenant account identifiers",
      Severity.ERROR,
      Carriers.VALUES,
      true,
      "aws_account, aws_account_id, account_id, tenant_id, subscription_id, organization_id,"
          + " organisation_id, org_id, gcp_project_id, arn",
      "",
      "Identifies the customer; Common Fate excludes AWS account IDs, and an ARN embeds one. Hashing"
          + " allows it."),
  DEPLOYMENT_REGION(
      "Deployment regions",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "=region, ~region, region_name, region_code, aws_region, gcp_region, azure_region, cloud_region,"
          + " deployment_region, home_region, availability_zone, =az, datacenter, data_center",
      "",
      "Not personal data in law, but Common Fate excludes the deployment region because it narrows"
          + " down who the customer is. 'region' inside another name (ui_region) is not flagged."),
  INSTANCE_URL_DOMAIN(
      "Instance URLs, host names and domains",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "sign_in_url, signin_url, login_url, base_url, instance_url, tenant_url, callback_url,"
          + " redirect_url, redirect_uri, webhook_url, hostname, host_name, fqdn, domain_name,"
          + " custom_domain, =host, =domain, url?, uri?, =referrer?, =referer?",
      "",
      "A sign-in URL or host name usually contains the company's name (Common Fate; Presidio URL;"
          + " Google DLP DOMAIN_NAME). Other URLs are warnings: they may point at public pages."),
  ORGANIZATION_NAME(
      "Organisation names",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "company_name, *company, organization_name, organisation_name, org_name, tenant_name,"
          + " workspace_name, *employer, =organization, =organisation",
      "",
      "Identifies the customer (Google DLP ORGANIZATION_NAME; Common Fate: \"the company's name\")."),
  FREE_TEXT(
      "Free text",
      Severity.ERROR,
      Carriers.FREE_TEXT,
      false,
      "*description, *comment, *note, *justification, *reason, *message, *body, *text, *content,"
          + " *query, search_term, *prompt, *feedback, *remark, *memo, ~bio, biography, *title?,"
          + " *label?, rule_name?, resource_name?, project_name?, team_name?, channel_name?,"
          + " repo_name?, repository_name?",
      "",
      "Text that people write can contain anything, names and secrets included; Common Fate excludes"
          + " Access Rule names and descriptions. Only unconstrained strings are flagged: an enum or a"
          + " pattern is not free text, and a written free-text reason allows it."),
  DATE_OF_BIRTH_AGE(
      "Dates of birth and ages",
      Severity.ERROR,
      Carriers.VALUES_AND_TIMES,
      false,
      "dob, date_of_birth, birth_date, birthdate, birthday, bday, b_day, year_of_birth, birth_year,"
          + " birth_month, place_of_birth, birthplace, date_of_death, =dod, =age?, ~age?, age_range?,"
          + " age_group?, age_bracket?",
      "",
      "AWS Macie DATE_OF_BIRTH; Google DLP DATE_OF_BIRTH and AGE. Ages are warnings. Generic times"
          + " (created_at, timestamp) are never flagged, and 'age' inside another name (cache_age,"
          + " max_age, page, usage) is not a match."),
  GOVERNMENT_ID(
      "Government identifiers",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "ssn, social_security, social_security_number, =sin, nino, national_insurance,"
          + " national_insurance_number, national_id, national_identity, id_card, id_card_number,"
          + " tax_id, taxid, =tin, itin, passport, drivers_license, driver_license, drivers_licence,"
          + " driver_licence, driving_licence, driving_license, aadhaar, pesel, =nif, =nie, cpf,"
          + " voter_id, license_number?, licence_number?",
      "",
      "National, tax and travel document numbers (Presidio US_SSN, UK_NINO...; Google DLP"
          + " GOVERNMENT_ID, PASSPORT, DRIVERS_LICENSE_NUMBER; AWS Macie national identifiers)."),
  FINANCIAL(
      "Financial data",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "credit_card, debit_card, card_number, cc_number, card_pan, card_pin, cvv, cvv2, cvc,"
          + " card_expiry, card_expiration, iban, swift_code, =bic, bank_account, account_number,"
          + " routing_number, sort_code, wallet_address, btc_address, eth_address, salary, income,"
          + " credit_score",
      "",
      "Card, bank and wallet numbers and income (Presidio CREDIT_CARD, IBAN_CODE, CRYPTO; Google DLP"
          + " FINANCIAL_ACCOUNT_NUMBER; AWS Macie BANK_ACCOUNT_NUMBER)."),
  HEALTH(
      "Health data",
      Severity.ERROR,
      Carriers.ANY_VALUE,
      false,
      "diagnosis, diagnoses, medical, medication, prescription, allergy, disability, blood_type,"
          + " blood_group, blood_pressure, blood_sugar, heart_rate, bmi, icd9, icd10, mrn, patient_id,"
          + " health_condition, health_data, health_record, health_insurance, mental_health,"
          + " pregnancy, pregnant, symptom, illness, disease",
      "",
      "A special category (GDPR Art. 9(1)). Even a flag or a count reveals it, so no name modifier"
          + " clears it. 'health' alone is not flagged: it is usually a service health check."),
  BIOMETRIC_GENETIC(
      "Biometric and genetic data, photos",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "biometric, face_id, face_template, face_image, facial, iris, retina, voiceprint, voice_print,"
          + " finger_print, fingerprint_template, fingerprint_image, fingerprint_scan, dna, genome,"
          + " genetic, photo, selfie, headshot, avatar_image, profile_picture, voice_recording,"
          + " =fingerprint?",
      "",
      "A special category (GDPR Art. 9(1)). A fingerprint of a certificate or a key is not biometric:"
          + " only a bare 'fingerprint' is a warning."),
  SPECIAL_CATEGORY(
      "Special categories of personal data",
      Severity.ERROR,
      Carriers.ANY_VALUE,
      false,
      "=race, ~race, racial, ethnicity, ethnic, religion, religious, political, philosophical_belief,"
          + " trade_union, union_membership, sexual_orientation, sexuality, sex_life, criminal_record,"
          + " criminal_history, conviction",
      "",
      "GDPR Art. 9(1) and Art. 10 (Presidio NRP; Google DLP ETHNIC_GROUP, POLITICAL_TERM,"
          + " RELIGIOUS_TERM, SEXUAL_ORIENTATION, TRADE_UNION). Even a flag or a count reveals it."
          + " 'race' inside another name (race_condition) is not flagged."),
  DEMOGRAPHIC_QUASI_ID(
      "Demographic quasi-identifiers",
      Severity.WARNING,
      Carriers.VALUES,
      false,
      "gender, =sex, ~sex, nationality, citizenship, marital_status, immigration_status,"
          + " employment_status, native_language",
      "",
      "Combined with each other they identify a person (Google DLP GENDER, MARITAL_STATUS,"
          + " IMMIGRATION_STATUS, EMPLOYMENT_STATUS)."),
  VEHICLE(
      "Vehicle identifiers",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "license_plate, licence_plate, number_plate, vin, vehicle_registration,"
          + " vehicle_identification_number",
      "",
      "Identify the owner of a vehicle (Google DLP and AWS Macie VEHICLE_IDENTIFICATION_NUMBER)."),
  FILE_PATH(
      "Local file paths",
      Severity.ERROR,
      Carriers.VALUES,
      false,
      "home_dir, home_directory, home_path, user_home, user_dir, file_path?, filepath?, full_path?,"
          + " absolute_path?, abs_path?, working_directory?, working_dir?, =cwd?, file_name?,"
          + " filename?",
      "",
      "A local path usually contains the user's login name (/home/alice) and the names of their"
          + " projects; java.io.File and java.nio.file.Path are forbidden types for the same reason.");

  /**
   * Which values can carry a category's data, and so which name modifiers clear a match. A flag,
   * a count or a time cannot hold an email address, but a flag can reveal a diagnosis.
   */
  public enum Carriers {
    /**
     * Strings, numbers, enums and objects. A boolean, a timestamp or a duration cannot carry it, and
     * count, unit and category-word suffixes clear the match.
     */
    VALUES,
    /** Like {@link #VALUES}, but timestamps, durations and time units can carry it (a date of birth, an age). */
    VALUES_AND_TIMES,
    /** Any value: even a flag or a count reveals it. Only {@code allow-pii} clears the match. */
    ANY_VALUE,
    /** Only a string that no enum or pattern constrains and that has no written {@code free-text} reason. */
    FREE_TEXT
  }

  private static final Set<String> PERSON_WORDS =
      Set.of(
          "user", "customer", "person", "contact", "owner", "author", "requester", "approver",
          "reviewer", "employee", "member", "patient", "actor", "assignee", "subscriber", "recipient",
          "sender", "creator", "buyer", "seller", "student", "applicant", "visitor", "participant",
          "attendee", "citizen");

  private final String title;
  private final Severity defaultSeverity;
  private final Carriers carriers;
  private final boolean hashable;
  private final List<TokenPattern> patterns;
  private final List<List<String>> exclusions;
  private final String rationale;

  PersonalDataCategory(
      String title,
      Severity defaultSeverity,
      Carriers carriers,
      boolean hashable,
      String patterns,
      String exclusions,
      String rationale) {
    this.title = title;
    this.defaultSeverity = defaultSeverity;
    this.carriers = carriers;
    this.hashable = hashable;
    this.patterns = parsePatterns(patterns, defaultSeverity);
    this.exclusions = parseExclusions(exclusions);
    this.rationale = rationale;
  }

  /** The stable identifier, such as {@code EMAIL}: the {@link Finding#category()} of its findings. */
  public String id() {
    return name();
  }

  /** A short plural title for documentation, such as "Email addresses". */
  public String title() {
    return title;
  }

  /** The severity of a strong match; weaker patterns are warnings. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Which values can carry the data. */
  public Carriers carriers() {
    return carriers;
  }

  /** Whether a hashed value is allowed (identifiers only: a hash of an email can be guessed back). */
  public boolean hashable() {
    return hashable;
  }

  /** The name patterns, in the table's order. */
  public List<TokenPattern> patterns() {
    return patterns;
  }

  /** Word runs that are never this category even though they contain a pattern ({@code next_token}). */
  public List<List<String>> exclusions() {
    return exclusions;
  }

  /** Why this is personal data, with its public sources. */
  public String rationale() {
    return rationale;
  }

  /**
   * The patterns as documentation shows them: {@code email}, {@code tel (whole name)},
   * {@code <person>_name}, and {@code (warning)} after a pattern weaker than the category.
   */
  public List<String> examples() {
    List<String> examples = new ArrayList<>();
    for (TokenPattern pattern : patterns) {
      boolean weaker = pattern.severity() != defaultSeverity;
      examples.add(pattern.describe() + (weaker ? " (warning)" : ""));
    }
    return List.copyOf(examples);
  }

  /** The words for a person that turn a following {@code name}, {@code id}, {@code address}... into personal data. */
  public static Set<String> personWords() {
    return PERSON_WORDS;
  }

  private static List<TokenPattern> parsePatterns(String table, Severity severity) {
    List<TokenPattern> parsed = new ArrayList<>();
    for (String entry : table.split(",")) {
      String text = entry.strip();
      Severity patternSeverity = severity;
      if (text.endsWith("?")) {
        patternSeverity = Severity.WARNING;
        text = text.substring(0, text.length() - 1);
      }
      TokenPattern.Placement placement = TokenPattern.Placement.ANYWHERE;
      switch (text.charAt(0)) {
        case '=' -> placement = TokenPattern.Placement.WHOLE_NAME;
        case '*' -> placement = TokenPattern.Placement.LAST;
        case '~' -> placement = TokenPattern.Placement.AFTER_PERSON;
        default -> {}
      }
      if (placement != TokenPattern.Placement.ANYWHERE) {
        text = text.substring(1);
      }
      parsed.add(new TokenPattern(List.of(text.split("_")), placement, patternSeverity));
    }
    return List.copyOf(parsed);
  }

  private static List<List<String>> parseExclusions(String table) {
    List<List<String>> parsed = new ArrayList<>();
    for (String entry : table.split(",")) {
      if (!entry.isBlank()) {
        parsed.add(List.of(entry.strip().split("_")));
      }
    }
    return List.copyOf(parsed);
  }
}
