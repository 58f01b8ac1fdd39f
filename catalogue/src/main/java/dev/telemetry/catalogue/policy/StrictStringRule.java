package dev.telemetry.catalogue.policy;

import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.List;

/**
 * {@code TELEMETRY-STRICT-STRING}: in {@code strict} mode, a string with no enum, pattern, hash or
 * written {@code free-text} reason. In {@code standard} mode the rule finds nothing.
 */
public final class StrictStringRule implements PolicyRule {
  /** The rule's stable code. */
  public static final String CODE = "TELEMETRY-STRICT-STRING";

  /** The {@link Finding#category()} of this rule's findings. */
  public static final String CATEGORY = "UNCONSTRAINED_STRING";

  private final PolicyConfig.Mode mode;

  /** The rule for a catalogue's mode. */
  public StrictStringRule(PolicyConfig.Mode mode) {
    this.mode = mode;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String summary() {
    return "In strict mode, every string property has an enum, a pattern, a hash or a written free-text"
        + " reason.";
  }

  @Override
  public String rationale() {
    return "Names are only a first line of defence: an unconstrained string can carry anything at run"
        + " time, whatever it is called. Strict mode (policy.mode: strict) makes every string prove"
        + " what it holds with an enum or a pattern, be hashed, or say in a free-text reason why free"
        + " text is safe; the reasons are published in the generated docs. Items of string arrays"
        + " count as strings.";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Subject subject) {
    if (mode != PolicyConfig.Mode.STRICT
        || subject.shape() != ValueShape.STRING
        || subject.constrained()
        || subject.hashed()
        || subject.hasFreeTextReason()) {
      return List.of();
    }
    String message = "property '" + subject.name()
        + "' is a string with no enum, pattern, hash or free-text reason; strict mode allows no"
        + " unconstrained strings";
    String fix = "constrain it with enum values or a pattern, send it hashed (hash: <prefix>), or add"
        + " free-text: <reason> to the catalogue property";
    return List.of(new Finding(CODE, Severity.ERROR, CATEGORY, message, fix));
  }
}
