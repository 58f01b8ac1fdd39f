package dev.telemetry.catalogue.policy;

import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The personal-data policy in force for one catalogue: the built-in rules plus the catalogue's
 * own {@code policy.forbid} entries and mode. The same object checks catalogue properties and
 * Java members (through {@link Subject}).
 *
 * <p>Severities can be overridden per rule code ({@code TELEMETRY-PII-NAME}) or, for
 * {@code TELEMETRY-PII-NAME} findings, per category id ({@code USER_AGENT}); a category override
 * wins over a rule override. {@link Severity#OFF} drops the findings, {@link Severity#WARNING} and
 * {@link Severity#ERROR} replace their severity.
 */
public final class PersonalDataPolicy {
  private final PolicyConfig config;
  private final List<PolicyRule> rules;
  private final Map<String, Severity> overrides;

  private PersonalDataPolicy(PolicyConfig config, Map<String, Severity> overrides) {
    this.config = config;
    this.rules =
        List.of(
            new ForbiddenNameRule(),
            new ForbiddenTypeRule(),
            new MarkedDataRule(),
            new SchemaEscapeRule(),
            new ProductForbiddenNameRule(config.forbid()),
            new RawIdentifierRule(),
            new StrictStringRule(config.mode()));
    this.overrides = Map.copyOf(overrides);
  }

  /** The policy for a catalogue's {@code policy} section, at the rules' own severities. */
  public static PersonalDataPolicy of(PolicyConfig config) {
    return of(config, Map.of());
  }

  /**
   * The policy for a catalogue's {@code policy} section with severity overrides.
   *
   * @param config the catalogue's policy section
   * @param overrides severity per rule code (see {@link #ruleCodes()}) or per category id (see
   *     {@link PersonalDataCategory#id()})
   * @throws IllegalArgumentException naming the key and the valid keys, when a key is neither
   */
  public static PersonalDataPolicy of(PolicyConfig config, Map<String, Severity> overrides) {
    Objects.requireNonNull(config, "config");
    for (Map.Entry<String, Severity> override : overrides.entrySet()) {
      if (!overrideKeys().contains(override.getKey())) {
        throw new IllegalArgumentException(
            "unknown rule or category '" + override.getKey() + "' in a severity override; valid: "
                + String.join(", ", overrideKeys()));
      }
      Objects.requireNonNull(override.getValue(), override.getKey());
    }
    return new PersonalDataPolicy(config, overrides);
  }

  /** The codes of every rule, in the order the rules run. */
  public static List<String> ruleCodes() {
    return List.of(
        ForbiddenNameRule.CODE,
        ForbiddenTypeRule.CODE,
        MarkedDataRule.CODE,
        SchemaEscapeRule.CODE,
        ProductForbiddenNameRule.CODE,
        RawIdentifierRule.CODE,
        StrictStringRule.CODE);
  }

  /** Every key a severity override accepts: the rule codes, then the category ids. */
  public static List<String> overrideKeys() {
    List<String> keys = new ArrayList<>(ruleCodes());
    for (PersonalDataCategory category : PersonalDataCategory.values()) {
      keys.add(category.id());
    }
    return List.copyOf(keys);
  }

  /** The built-in categories that {@code TELEMETRY-PII-NAME} looks for, in a stable order, for publishing. */
  public static List<PersonalDataCategory> categories() {
    return List.of(PersonalDataCategory.values());
  }

  /** The catalogue settings this policy was built from. */
  public PolicyConfig config() {
    return config;
  }

  /** Every rule, built-in and product-specific, in a stable order. */
  public List<PolicyRule> rules() {
    return rules;
  }

  /** The descriptor of every rule, with the severity in force after overrides, for documentation. */
  public List<RuleDescriptor> describe() {
    List<RuleDescriptor> descriptors = new ArrayList<>();
    for (PolicyRule rule : rules) {
      RuleDescriptor own = rule.descriptor();
      Severity severity = overrides.getOrDefault(rule.code(), own.severity());
      descriptors.add(new RuleDescriptor(own.code(), own.summary(), own.rationale(), severity));
    }
    return List.copyOf(descriptors);
  }

  /** The severity overrides in force, by rule code or category id, sorted by key. */
  public Map<String, Severity> overrides() {
    Map<String, Severity> sorted = new LinkedHashMap<>();
    for (String key : new TreeSet<>(overrides.keySet())) {
      sorted.put(key, overrides.get(key));
    }
    return Collections.unmodifiableMap(sorted);
  }

  /** The findings for one subject, rule by rule in {@link #rules()} order; empty when it complies. */
  public List<Finding> check(Subject subject) {
    List<Finding> findings = new ArrayList<>();
    for (PolicyRule rule : rules) {
      for (Finding finding : rule.check(subject)) {
        Severity severity = severityOf(finding);
        if (severity != Severity.OFF) {
          findings.add(
              new Finding(finding.code(), severity, finding.category(), finding.message(), finding.fix()));
        }
      }
    }
    return List.copyOf(findings);
  }

  private Severity severityOf(Finding finding) {
    if (finding.code().equals(ForbiddenNameRule.CODE) && overrides.containsKey(finding.category())) {
      return overrides.get(finding.category());
    }
    return overrides.getOrDefault(finding.code(), finding.severity());
  }
}
