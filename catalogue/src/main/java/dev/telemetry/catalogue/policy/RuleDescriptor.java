package dev.telemetry.catalogue.policy;

/**
 * What a rule is, for diagnostics and documentation, in the manner of Error Prone's
 * {@code @BugPattern}: one descriptor feeds the compiler message, the manual's rules table and the generated docs.
 *
 * @param code the stable code, such as {@code TELEMETRY-PII-NAME}
 * @param summary one line: what the rule forbids
 * @param rationale why, in a few sentences
 * @param severity the severity (the default, or the one in force in {@link PersonalDataPolicy#describe()})
 */
public record RuleDescriptor(String code, String summary, String rationale, Severity severity) {}
