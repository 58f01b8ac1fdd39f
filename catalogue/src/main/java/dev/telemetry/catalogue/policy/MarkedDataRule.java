package dev.telemetry.catalogue.policy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code TELEMETRY-PII-MARKED}: a value annotated as personal or sensitive data, on the member or
 * on its type, by our {@code @Pii} or by any library's annotation of a known simple name.
 * Nothing allows it.
 */
public final class MarkedDataRule implements PolicyRule {
  /** The rule's stable code. */
  public static final String CODE = "TELEMETRY-PII-MARKED";

  /** The {@link Finding#category()} of this rule's findings. */
  public static final String CATEGORY = "MARKED";

  /**
   * Simple names of marker annotations, in any package. They are compared word by word after
   * normalising, so {@code PII}, {@code Pii} and {@code pii} are one marker, as are
   * {@code PiiField} and {@code PIIField}.
   */
  private static final List<String> MARKERS =
      List.of(
          "Pii", "PiiField", "PiiData", "PersonalData", "ProtectedPersonalData",
          "PersonallyIdentifiable", "PersonallyIdentifiableInformation", "Sensitive", "SensitiveData",
          "SensitiveInfo", "SensitiveParameter", "PrivateData", "PrivateInformation", "Confidential",
          "Secret", "DataSubject", "DataSubjectId", "Redact", "Redacted", "DebugRedact", "Mask",
          "Masked", "Encrypted", "SpecialCategory", "HealthData", "Phi", "Biometric");

  private static final Set<String> MARKER_WORDS = markerWords();

  /** The recognised marker names, as documentation lists them. */
  public static List<String> markers() {
    return MARKERS;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String summary() {
    return "A value annotated as personal or sensitive data (@Pii, @PersonalData, @Sensitive,"
        + " @SensitiveData and similar annotations of any library) is not sent.";
  }

  @Override
  public String rationale() {
    return "Whoever wrote the annotation already decided that the value is personal or sensitive; the"
        + " policy takes them at their word, on the member and on its type. Annotations are"
        + " recognised by simple name in any package, so markers from other libraries count the"
        + " same as our own @Pii. Being masked, redacted or encrypted for logs does not make a value"
        + " fit for telemetry. No reason can allow marked data.";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Subject subject) {
    Set<String> found = new TreeSet<>();
    for (String marker : subject.markers()) {
      String simpleName = TypeNames.simpleName(marker.startsWith("@") ? marker.substring(1) : marker);
      if (MARKER_WORDS.contains(NameTokens.snakeCase(simpleName))) {
        found.add("@" + simpleName);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    String message = "property '" + subject.name() + "' is marked " + String.join(" and ", found)
        + " as personal data; telemetry must never carry it";
    String fix = "remove it from the event or mark it @TelemetryIgnore; marked data cannot be allowed";
    return List.of(new Finding(CODE, Severity.ERROR, CATEGORY, message, fix));
  }

  private static Set<String> markerWords() {
    Set<String> words = new TreeSet<>();
    for (String marker : MARKERS) {
      words.add(NameTokens.snakeCase(marker));
    }
    return Set.copyOf(words);
  }
}
