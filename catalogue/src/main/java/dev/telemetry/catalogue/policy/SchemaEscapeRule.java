package dev.telemetry.catalogue.policy;

import java.util.List;

/**
 * {@code TELEMETRY-SCHEMA-ESCAPE}: a value whose contents no catalogue can declare or check: a
 * plain {@code Object}, any {@code Map}, a JSON tree, a raw collection. Nothing allows it.
 */
public final class SchemaEscapeRule implements PolicyRule {
  /** The rule's stable code. */
  public static final String CODE = "TELEMETRY-SCHEMA-ESCAPE";

  /** The {@link Finding#category()} of this rule's findings. */
  public static final String CATEGORY = "SCHEMA_ESCAPE";

  /** Types, or supertypes, whose instances hold arbitrary keys and values. */
  private static final List<String> OPEN_TYPES =
      List.of(
          "java.util.Map",
          "com.fasterxml.jackson.databind.JsonNode",
          "com.fasterxml.jackson.core.TreeNode",
          "tools.jackson.databind.JsonNode",
          "tools.jackson.core.TreeNode",
          "com.google.gson.JsonElement",
          "jakarta.json.JsonValue",
          "javax.json.JsonValue",
          "org.json.JSONObject",
          "org.json.JSONArray");

  private static final String OBJECT = "java.lang.Object";

  /** The open types, in the order they are checked; {@code java.lang.Object} and raw types come on top. */
  public static List<String> openTypes() {
    return OPEN_TYPES;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String summary() {
    return "A value whose contents no catalogue declares (Object, any Map, a JSON tree, a raw collection)"
        + " is not sent.";
  }

  @Override
  public String rationale() {
    return "The policy can only vouch for what it can see. An Object, a Map or a JsonNode can hold any"
        + " key and any value at run time, personal data included, and a raw List hides its element"
        + " type, so none of them can be checked at compile time or described in the published docs."
        + " Declare the shape instead: a record, a catalogue type, an enum or a typed list.";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Subject subject) {
    List<String> names = TypeNames.of(subject);
    for (String name : names) {
      if (name.startsWith(Subject.RAW_TYPE_PREFIX)) {
        String type = name.substring(Subject.RAW_TYPE_PREFIX.length());
        return List.of(finding(subject, "a raw " + type,
            "give it its element type (such as List<String> instead of List), declared in the catalogue"));
      }
    }
    for (String open : OPEN_TYPES) {
      if (names.contains(open)) {
        return List.of(finding(subject, "a " + open, declareFix()));
      }
    }
    // Every type has Object as a supertype; only a value declared as Object has nothing else.
    if (names.equals(List.of(OBJECT))) {
      return List.of(finding(subject, "a " + OBJECT, declareFix()));
    }
    return List.of();
  }

  private static String declareFix() {
    return "declare its shape: a record or a catalogue type with named properties, an enum, or a list of"
        + " a declared item type";
  }

  private static Finding finding(Subject subject, String what, String fix) {
    String message = "property '" + subject.name() + "' is " + what
        + ", whose contents no catalogue declares; telemetry only carries declared properties";
    return new Finding(CODE, Severity.ERROR, CATEGORY, message, fix);
  }
}
