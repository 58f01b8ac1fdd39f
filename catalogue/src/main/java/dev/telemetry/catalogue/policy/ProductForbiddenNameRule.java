package dev.telemetry.catalogue.policy;

import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.List;

/**
 * {@code TELEMETRY-PII-FORBIDDEN}: a name that the catalogue's own {@code policy.forbid} entries
 * forbid. Matching is the built-in one (words, not substrings; flags, counts, measures and category
 * words pass), but neither {@code allow-pii} nor hashing allows it: a product rule is the
 * product's own decision.
 */
public final class ProductForbiddenNameRule implements PolicyRule {
  /** The rule's stable code. */
  public static final String CODE = "TELEMETRY-PII-FORBIDDEN";

  /** The {@link Finding#category()} of this rule's findings. */
  public static final String CATEGORY = "PRODUCT";

  private final List<PolicyConfig.ForbiddenNames> entries;

  /** The rule for a catalogue's {@code policy.forbid} entries. */
  public ProductForbiddenNameRule(List<PolicyConfig.ForbiddenNames> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The entries this rule enforces, in catalogue order. */
  public List<PolicyConfig.ForbiddenNames> entries() {
    return entries;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String summary() {
    return "A property whose name contains a name listed in the catalogue's policy.forbid is not sent.";
  }

  @Override
  public String rationale() {
    return "Each product knows data of its own that identifies its customers (an account ID, a region,"
        + " a rule name). policy.forbid lists those names with the reason, which the docs publish."
        + " A listed name matches as a run of words anywhere in a property's name, in any case style"
        + " (aws_account_id forbids awsAccountId and owner_aws_account_id). Flags, counts, measures and"
        + " category words pass as they do for built-in names; allow-pii and hashing do not.";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Subject subject) {
    if (subject.shape() == ValueShape.BOOLEAN) {
      return List.of();
    }
    List<String> words = NameTokens.of(subject.name());
    for (PolicyConfig.ForbiddenNames entry : entries) {
      for (String name : entry.names()) {
        List<String> run = NameTokens.of(name);
        int start = WordRuns.indexOf(words, run);
        if (start < 0) {
          continue;
        }
        int end = start + run.size();
        boolean plural = !words.get(end - 1).equals(run.get(run.size() - 1));
        if (!NameModifiers.describeData(words, start, end, plural, subject.shape(), true)) {
          return List.of(finding(subject, run, entry.reason()));
        }
      }
    }
    return List.of();
  }

  private static Finding finding(Subject subject, List<String> run, String reason) {
    String forbidden = String.join("_", run);
    String message = "property '" + subject.name() + "' matches '" + forbidden
        + "', which this product forbids" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
    String fix = "remove it, or send a count or a flag instead; names in policy.forbid cannot be allowed"
        + " per property";
    return new Finding(CODE, Severity.ERROR, CATEGORY, message, fix);
  }
}
