package dev.telemetry.catalogue.policy;

import java.util.List;

/**
 * One rule of the personal-data policy: a descriptor (code, summary, rationale) that feeds the
 * diagnostics, the manual's rules table and the generated docs, and the check itself.
 */
public interface PolicyRule {
  /** The stable code, such as {@code TELEMETRY-PII-NAME}. */
  String code();

  /** One line: what the rule forbids. */
  String summary();

  /** Why the rule exists, in a few sentences, for the docs. */
  String rationale();

  /** The severity when the catalogue does not change it. */
  Severity defaultSeverity();

  /** The findings for one subject (empty when it complies), at the rule's own severities. */
  List<Finding> check(Subject subject);

  /** The rule's descriptor at its default severity. */
  default RuleDescriptor descriptor() {
    return new RuleDescriptor(code(), summary(), rationale(), defaultSeverity());
  }
}
