package dev.telemetry.catalogue.policy;

import java.util.List;

/**
 * A run of name words that marks a personal-data category, with where in a name it must stand.
 * A pattern matches whole words only, never part of a word: {@code ip} matches {@code client_ip}
 * but not {@code zip}. Its last word also matches a plural ({@code emails}, {@code addresses},
 * {@code queries}).
 *
 * @param words the lower-case words, such as {@code [email, address]}
 * @param placement where the words must stand in a name
 * @param severity the severity of a match, before any override
 */
public record TokenPattern(List<String> words, Placement placement, Severity severity) {
  /** Where a pattern's words must stand in a name. */
  public enum Placement {
    /** Anywhere in the name: {@code email} in {@code owner_email_address}. */
    ANYWHERE,
    /** The name is exactly these words: {@code tel}, but not {@code tel_enabled}. */
    WHOLE_NAME,
    /** At the end of the name: {@code description} in {@code rule_description}. */
    LAST,
    /** Right after a word for a person ({@code user}, {@code owner}...): {@code owner_name}. */
    AFTER_PERSON
  }

  public TokenPattern {
    words = List.copyOf(words);
  }

  /** The pattern as documentation shows it, such as {@code <person>_name} or {@code tel (whole name)}. */
  public String describe() {
    String joined = String.join("_", words);
    return switch (placement) {
      case WHOLE_NAME -> joined + " (whole name)";
      case LAST -> "*_" + joined;
      case AFTER_PERSON -> "<person>_" + joined;
      case ANYWHERE -> joined;
    };
  }
}
