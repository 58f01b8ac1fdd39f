package dev.telemetry.catalogue.policy;

import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.List;

/**
 * The personal-data policy in force for one catalogue: the built-in rules plus the catalogue's
 * own {@code policy.forbid} entries and mode. The same object checks catalogue properties and
 * Java members (through {@link Subject}).
 */
public final class PersonalDataPolicy {
  private final PolicyConfig config;

  private PersonalDataPolicy(PolicyConfig config) {
    this.config = config;
  }

  /** The policy for a catalogue's {@code policy} section. */
  public static PersonalDataPolicy of(PolicyConfig config) {
    return new PersonalDataPolicy(config);
  }

  /** The catalogue settings this policy was built from. */
  public PolicyConfig config() {
    return config;
  }

  /** Every rule, built-in and product-specific, in a stable order. */
  public List<PolicyRule> rules() {
    return List.of();
  }

  /** The findings for one subject; empty when it complies. */
  public List<Finding> check(Subject subject) {
    return List.of();
  }
}
