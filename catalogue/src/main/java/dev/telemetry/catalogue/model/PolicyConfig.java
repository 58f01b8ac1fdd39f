package dev.telemetry.catalogue.model;

import java.util.List;

/**
 * The catalogue's {@code policy} section.
 *
 * @param mode {@code standard} (default) or {@code strict}
 * @param forbid product-specific forbidden names, on top of the built-in rules
 * @param requireLifecycle whether every event must declare {@code owner}, {@code expires} and
 *     {@code data-category} ({@code policy.require-lifecycle: true})
 */
public record PolicyConfig(Mode mode, List<ForbiddenNames> forbid, boolean requireLifecycle) {
  /** A policy that does not require lifecycle keys. */
  public PolicyConfig(Mode mode, List<ForbiddenNames> forbid) {
    this(mode, forbid, false);
  }

  /** How strictly string properties are checked. */
  public enum Mode {
    STANDARD,
    /** Every string property needs {@code enum}, {@code pattern}, {@code hash} or a {@code free-text} reason. */
    STRICT
  }

  /**
   * One {@code policy.forbid} entry.
   *
   * @param names the forbidden property names (snake_case token sequences)
   * @param reason why they are forbidden, published in the docs
   * @param location where the entry is declared
   */
  public record ForbiddenNames(List<String> names, String reason, Location location) {}

  /** The policy of a catalogue that has no {@code policy} section. */
  public static PolicyConfig defaults() {
    return new PolicyConfig(Mode.STANDARD, List.of());
  }
}
