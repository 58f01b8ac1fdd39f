package dev.telemetry.processor.model;

import java.util.Locale;

/** The default property name of a member: its name in snake_case. */
public final class PropertyNames {
  private PropertyNames() {}

  /**
   * {@code targetsCount} becomes {@code targets_count}, {@code userIPAddress} becomes
   * {@code user_ip_address}; digits stay with the word before them ({@code ipv4Address} becomes
   * {@code ipv4_address}), and existing underscores are kept.
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && out.charAt(out.length() - 1) != '_') {
        char before = name.charAt(i - 1);
        boolean afterLowerOrDigit = Character.isLowerCase(before) || Character.isDigit(before);
        boolean endsAcronym =
            Character.isUpperCase(before) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (afterLowerOrDigit || endsAcronym) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
