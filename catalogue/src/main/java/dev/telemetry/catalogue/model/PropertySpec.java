package dev.telemetry.catalogue.model;

import java.math.BigDecimal;

/**
 * One property of an event or of a named type, with its constraints and recorded reasons.
 *
 * @param name the property name (snake_case), as sent on the wire
 * @param type the declared type
 * @param description what the property means (required, except for array items)
 * @param required whether every event carries it (default true)
 * @param hash the hash prefix (such as {@code usr}) when the value is an identifier sent hashed, else null
 * @param pattern a regular expression string values must match, or null
 * @param maxLength the longest string allowed, or null
 * @param minimum the smallest number allowed, or null
 * @param maximum the largest number allowed, or null
 * @param rawIdentifier the written reason why an identifier is sent unhashed, or null
 * @param freeText the written reason why an unconstrained string is acceptable, or null
 * @param allowPii the written reason why a name the policy forbids is allowed here, or null
 * @param location where the property is declared
 */
public record PropertySpec(
    String name,
    PropertyType type,
    String description,
    boolean required,
    String hash,
    String pattern,
    Integer maxLength,
    BigDecimal minimum,
    BigDecimal maximum,
    String rawIdentifier,
    String freeText,
    String allowPii,
    Location location) {

  /** Whether the value is sent hashed. */
  public boolean hashed() {
    return hash != null;
  }
}
