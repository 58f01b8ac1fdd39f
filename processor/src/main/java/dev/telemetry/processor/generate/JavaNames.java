package dev.telemetry.processor.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The naming rules from catalogue names to Java names. The results are valid identifiers once a
 * {@link UniqueNames} hands them out (which also resolves clashes and keywords).
 */
final class JavaNames {
  private static final String IDENTIFY = "identify";
  private static final String GROUP_IDENTIFY = "groupidentify";

  private JavaNames() {}

  /**
   * The class name of an event: the name without its namespace, in UpperCamelCase, with the kind
   * as a suffix for person and group updates: {@code cf:request.created} is {@code
   * RequestCreated}, {@code cf:identify:user_info} is {@code UserInfoIdentify}, {@code
   * cf:groupidentify:deployment} is {@code DeploymentGroupIdentify}.
   */
  static String eventClassName(String namespace, String eventName) {
    String local = eventName.startsWith(namespace + ":") ? eventName.substring(namespace.length() + 1) : eventName;
    if (local.startsWith(GROUP_IDENTIFY + ":")) {
      return upperCamel(local.substring(GROUP_IDENTIFY.length() + 1)) + "GroupIdentify";
    }
    if (local.startsWith(IDENTIFY + ":")) {
      return upperCamel(local.substring(IDENTIFY.length() + 1)) + "Identify";
    }
    return upperCamel(local);
  }

  /** A type name from a catalogue name: {@code timing} is {@code Timing}, {@code access_window} is {@code AccessWindow}. */
  static String typeName(String catalogueName) {
    return upperCamel(catalogueName);
  }

  /** A field, component or method name from a property name: {@code requested_by} is {@code requestedBy}. */
  static String memberName(String propertyName) {
    String upper = upperCamel(propertyName);
    return upper.isEmpty() ? upper : Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /**
   * An enum constant from a wire value: {@code one-login} is {@code ONE_LOGIN}, {@code APPROVE}
   * stays {@code APPROVE}, {@code end_user} is {@code END_USER}.
   */
  static String constantName(String value) {
    return String.join("_", words(value)).toUpperCase(Locale.ROOT);
  }

  private static String upperCamel(String name) {
    StringBuilder result = new StringBuilder();
    for (String word : words(name)) {
      result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return result.toString();
  }

  /** The words of a name: runs of letters and digits, split at anything else. */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    name.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) && Character.isJavaIdentifierPart(c)) {
        word.appendCodePoint(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
