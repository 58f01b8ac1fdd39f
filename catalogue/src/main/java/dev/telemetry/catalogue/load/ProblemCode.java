package dev.telemetry.catalogue.load;

/**
 * The stable codes of catalogue problems, each with the one line the manual's table of codes prints for it (docs/catalogue-format.md).
 * Personal-data policy findings keep the policy rule's own code instead.
 */
public enum ProblemCode {
  /** The file cannot be read. */
  READ("CATALOGUE-READ", "The catalogue file does not exist, cannot be read, or is not UTF-8 text."),
  /** Malformed YAML or JSON. */
  SYNTAX("CATALOGUE-SYNTAX", "The file is not well-formed YAML or JSON, is empty, or holds more than one document."),
  /** A key that is not part of the format. */
  UNKNOWN_KEY("CATALOGUE-UNKNOWN-KEY", "A key that the catalogue format does not know; the nearest known key is suggested."),
  /** A key written twice in one mapping. */
  DUPLICATE_KEY("CATALOGUE-DUPLICATE-KEY", "The same key appears twice in one mapping."),
  /** A key that must be there is not. */
  MISSING_KEY("CATALOGUE-MISSING-KEY", "A required key is missing (such as a property's description or an enum's values)."),
  /** A value of the wrong kind or outside its allowed set. */
  VALUE("CATALOGUE-VALUE", "A value has the wrong kind (text, number, list, mapping) or is not one of the allowed values."),
  /** An unsupported format version. */
  VERSION("CATALOGUE-VERSION", "The catalogue format version is not one this library reads."),
  /** A name that breaks its grammar. */
  NAME("CATALOGUE-NAME", "A namespace, property, type, group or hash-prefix name breaks its grammar."),
  /** An event name that breaks the event-name grammar. */
  EVENT_NAME("CATALOGUE-EVENT-NAME", "An event name is not namespace:entity.action (or namespace:identify:x, namespace:groupidentify:x)."),
  /** A property type that names no built-in or declared type. */
  UNKNOWN_TYPE("CATALOGUE-UNKNOWN-TYPE", "A property type is neither built in nor declared under types; the nearest type is suggested."),
  /** Named types that contain each other. */
  TYPE_CYCLE("CATALOGUE-TYPE-CYCLE", "Named types contain each other in a cycle."),
  /** Enum values that are missing, empty or repeated. */
  ENUM("CATALOGUE-ENUM", "An enum's values are empty, repeated or not text."),
  /** A constraint that does not fit its type or cannot hold. */
  CONSTRAINT("CATALOGUE-CONSTRAINT", "A constraint does not fit its type, cannot hold (minimum above maximum), or its pattern does not compile."),
  /** A pattern that Java, ECMAScript and Python do not read alike. */
  PATTERN("CATALOGUE-PATTERN", "A pattern uses a regular-expression construct outside the subset that Java, ECMAScript (JSON Schema validators such as ajv) and Python read alike, such as \\z, \\d, lookbehind or a possessive quantifier; the construct and its portable form are named."),
  /** A distinct-id that does not name a usable identifier. */
  DISTINCT_ID("CATALOGUE-DISTINCT-ID", "An event's distinct-id is missing, not allowed, or does not name a required hashed property."),
  /** A kind or group that does not fit the event. */
  KIND("CATALOGUE-KIND", "An event's kind or group is unknown, or does not fit its name or the declared groups."),
  /** An example that does not fit its event. */
  EXAMPLE("CATALOGUE-EXAMPLE", "An event's example does not fit the event's properties, types or constraints."),
  /** A metric that is incomplete or names an unknown event. */
  METRIC("CATALOGUE-METRIC", "A metrics entry is incomplete or lists an event that does not exist."),
  /** An event with no purpose. */
  NO_PURPOSE("CATALOGUE-NO-PURPOSE", "An event has no purpose of its own and no metric lists it: data that serves no stated purpose is not collected."),
  /** An owner, expiry or data category that is missing where required, or not one the format allows. */
  LIFECYCLE("CATALOGUE-LIFECYCLE", "An event's owner, expires or data-category is not a team name, a date, version or never (with a reason), or technical or interaction; or is missing although policy.require-lifecycle is true."),
  /** A failure of the loader itself. */
  INTERNAL("CATALOGUE-INTERNAL", "The loader itself failed; this is a bug to report with the catalogue file.");

  private final String code;
  private final String explanation;

  ProblemCode(String code, String explanation) {
    this.code = code;
    this.explanation = explanation;
  }

  /** The stable code printed with every problem, such as {@code CATALOGUE-UNKNOWN-KEY}. */
  public String code() {
    return code;
  }

  /** One line that explains the code, for the manual's table of codes and for users. */
  public String explanation() {
    return explanation;
  }
}
