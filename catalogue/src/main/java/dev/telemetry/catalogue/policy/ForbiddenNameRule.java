package dev.telemetry.catalogue.policy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code TELEMETRY-PII-NAME}: a name, or the simple name of a declared type, that marks a built-in
 * {@link PersonalDataCategory}. A written {@code allow-pii} reason allows it.
 */
public final class ForbiddenNameRule implements PolicyRule {
  /** The rule's stable code. */
  public static final String CODE = "TELEMETRY-PII-NAME";

  private static final String ALLOW = "if it is not personal data add allow-pii: <reason> to the catalogue property";

  // The same names recur in every event of a catalogue and every member of a build; the words of a
  // name decide its matches, so each distinct name is matched once per policy.
  private final Map<List<String>, List<NameMatch>> matches = new ConcurrentHashMap<>();
  private final Map<List<String>, List<NameMatch>> typeMatches = new ConcurrentHashMap<>();

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String summary() {
    return "A property whose name, or whose type's name, marks a category of personal data is not sent.";
  }

  @Override
  public String rationale() {
    return "Names are matched word by word after normalising to snake_case (ownerEmail, owner_email and"
        + " OWNER-EMAIL are the same words), never inside a word: 'ip' matches client_ip but not zip."
        + " Flags (booleans), counts and measures (numbers ending in _count, _total, _length, _size,"
        + " _seconds...) and category words (_type, _kind, _format, _provider, _version...) describe"
        + " the data without carrying it, and pass. Health and special-category data are the"
        + " exception: even a flag or a count reveals them. Identifiers of people, tenants and"
        + " sessions pass when sent hashed. A property that is not personal data despite its name is"
        + " allowed with a written allow-pii reason, which the generated docs publish.";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Subject subject) {
    if (subject.hasAllowPiiReason()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    Set<PersonalDataCategory> seen = EnumSet.noneOf(PersonalDataCategory.class);
    List<String> words = NameTokens.of(subject.name());
    for (NameMatch match : matches.computeIfAbsent(words, CategoryMatcher::find)) {
      if (!clearedByValue(match.category(), subject)
          && !clearedByName(match, subject)
          && seen.add(match.category())) {
        findings.add(finding(match, "property '" + subject.name() + "'", wordsPhrase(match)));
      }
    }
    for (String typeName : TypeNames.of(subject)) {
      if (TypeNames.platformOrConvention(typeName)) {
        continue;
      }
      String simpleName = TypeNames.simpleName(typeName);
      for (NameMatch match : typeMatches.computeIfAbsent(NameTokens.of(simpleName), CategoryMatcher::findInTypeName)) {
        if (!clearedByValue(match.category(), subject) && seen.add(match.category())) {
          String subjectText = "the type of property '" + subject.name() + "'";
          findings.add(finding(match, subjectText, "type name '" + simpleName + "'"));
        }
      }
    }
    return List.copyOf(findings);
  }

  /** Whether the kind of value cannot carry the category's data, or carries it in an allowed form. */
  private static boolean clearedByValue(PersonalDataCategory category, Subject subject) {
    if (category.hashable() && subject.hashed()) {
      return true;
    }
    ValueShape shape = subject.shape();
    return switch (category.carriers()) {
      case ANY_VALUE -> false;
      case VALUES -> shape == ValueShape.BOOLEAN || shape == ValueShape.TIMESTAMP || shape == ValueShape.DURATION;
      case VALUES_AND_TIMES -> shape == ValueShape.BOOLEAN;
      case FREE_TEXT -> (shape != ValueShape.STRING && shape != ValueShape.OTHER)
          || subject.constrained()
          || subject.hasFreeTextReason();
    };
  }

  /** Whether the rest of the name says the value describes the data (a count, a measure, a category word). */
  private static boolean clearedByName(NameMatch match, Subject subject) {
    PersonalDataCategory category = match.category();
    if (category.carriers() == PersonalDataCategory.Carriers.ANY_VALUE) {
      return false;
    }
    boolean unitsDescribe = category.carriers() != PersonalDataCategory.Carriers.VALUES_AND_TIMES;
    return NameModifiers.describeData(
        match.words(), match.start(), match.end(), match.plural(), subject.shape(), unitsDescribe);
  }

  private static String wordsPhrase(NameMatch match) {
    int count = match.end() - match.start();
    return (count == 1 ? "token '" : "tokens '") + match.matchedWords() + "'";
  }

  private static Finding finding(NameMatch match, String subjectText, String evidence) {
    PersonalDataCategory category = match.category();
    Severity severity = match.pattern().severity();
    String message =
        severity == Severity.ERROR
            ? subjectText + " looks like personal data (" + category.id() + ": " + evidence
                + "); telemetry must never carry it"
            : subjectText + " may carry personal data (" + category.id() + ": " + evidence
                + "); make sure it never does";
    return new Finding(CODE, severity, category.id(), message, fix(category));
  }

  private static String fix(PersonalDataCategory category) {
    if (category.carriers() == PersonalDataCategory.Carriers.FREE_TEXT) {
      return "constrain it with an enum or a pattern, add free-text: <reason> to the catalogue property"
          + " if it never holds text a person wrote, remove it, or mark it @TelemetryIgnore";
    }
    if (category.hashable()) {
      return "send it hashed (hash: <prefix> in the catalogue), remove it, mark it @TelemetryIgnore, or "
          + ALLOW;
    }
    return "remove it, send a hashed identifier or a count instead, mark it @TelemetryIgnore, or " + ALLOW;
  }
}
