package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Node;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.DataCategory;
import dev.telemetry.catalogue.model.Expiry;
import dev.telemetry.catalogue.model.Lifecycle;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an event's {@code owner}, {@code expires}, {@code expires-reason} and
 * {@code data-category}, and requires them when {@code policy.require-lifecycle} is true.
 */
final class LifecycleReader {
  /** The event keys this reader owns, in the order the docs list them. */
  static final List<String> KEYS = List.of("owner", "expires", "expires-reason", "data-category");

  /** A team: lowercase words joined by '-' or '_', such as {@code checkout-team}. */
  private static final Pattern TEAM = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
  private static final Pattern EMAIL_LIKE = Pattern.compile(".*@.*|.*\\bat\\b.*\\bdot\\b.*");
  /** "Jane Doe", "jane.doe", "J. Doe": the catalogue is published, so no person is named in it. */
  private static final Pattern PERSON_LIKE =
      Pattern.compile("\\p{Lu}[\\p{L}'.]*(\\s+\\p{Lu}[\\p{L}'.-]*)+|[a-z]+\\.[a-z]+");
  /** Words that make capitalised words a team's display name rather than a person's name. */
  private static final Pattern TEAM_WORD = Pattern.compile(
      "(?i).*\\b(team|group|squad|guild|crew|department|dept|eng|engineering|ops|platform)\\b.*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");
  private static final List<String> CATEGORIES = List.of(DataCategory.TECHNICAL.key(), DataCategory.INTERACTION.key());

  private final Problems problems;
  private final boolean required;

  LifecycleReader(Problems problems, boolean required) {
    this.problems = problems;
    this.required = required;
  }

  Lifecycle read(Fields fields, Node.Entry event) {
    String name = event.key();
    String owner = owner(fields, name);
    Expiry expiry = expiry(fields, name);
    DataCategory category = category(fields, name);
    if (required) {
      requireKey(fields, event, "owner", "Add 'owner: your-team' naming the team answerable for the event.");
      requireKey(fields, event, "expires",
          "Add 'expires: YYYY-MM-DD' (the last day it is collected), a product version such as 'expires: \"4.0\"', "
              + "or 'expires: never' with 'expires-reason:'.");
      requireKey(fields, event, "data-category", "Add 'data-category: technical' or 'data-category: interaction'.");
    }
    Lifecycle lifecycle = new Lifecycle(owner, expiry, category);
    return lifecycle.isEmpty() ? Lifecycle.NONE : lifecycle;
  }

  private void requireKey(Fields fields, Node.Entry event, String key, String fix) {
    if (!fields.has(key)) {
      problems.error(ProblemCode.LIFECYCLE, event.keyLocation(),
          "Event '" + event.key() + "' has no '" + key + "', which policy.require-lifecycle: true requires of every event.",
          fix);
    }
  }

  private String owner(Fields fields, String event) {
    String owner = fields.text("owner");
    if (owner == null) {
      return null;
    }
    String trimmed = owner.strip();
    if (TEAM.matcher(trimmed).matches()) {
      return trimmed;
    }
    String why;
    if (EMAIL_LIKE.matcher(trimmed).matches()) {
      why = "looks like an e-mail address";
    } else if (PERSON_LIKE.matcher(trimmed).matches() && !TEAM_WORD.matcher(trimmed).matches()) {
      why = "looks like a person's name";
    } else {
      why = "is not a team name";
    }
    problems.error(ProblemCode.LIFECYCLE, fields.entry("owner").value().location(),
        "The owner '" + owner + "' of event '" + event + "' " + why + "; the catalogue is published, so the owner "
            + "is a team, written as lowercase words joined by '-' or '_'.",
        "Name the team answerable for the event, such as 'owner: checkout-team'.");
    return null;
  }

  private Expiry expiry(Fields fields, String event) {
    Node.Entry entry = fields.entry("expires");
    String reason = fields.text("expires-reason");
    if (entry == null) {
      if (reason != null) {
        problems.error(ProblemCode.LIFECYCLE, fields.entry("expires-reason").keyLocation(),
            "Event '" + event + "' has an 'expires-reason' but no 'expires'.",
            "Add 'expires:' (a date such as 2027-06-30, a product version such as \"4.0\", or never), or remove "
                + "'expires-reason'.");
      }
      return null;
    }
    Node value = entry.value();
    if (value instanceof Node.Scalar scalar
        && (scalar.type() == Node.ScalarType.INTEGER || scalar.type() == Node.ScalarType.DECIMAL)) {
      // YAML reads 4.10 as the number 4.1; a version is only safe as text.
      problems.error(ProblemCode.LIFECYCLE, value.location(),
          "The expiry of event '" + event + "' is the number " + scalar.text() + "; a product version must be quoted, "
              + "because YAML reads 4.10 as 4.1.",
          "Write 'expires: \"" + scalar.text() + "\"'.");
      return null;
    }
    if (!(value instanceof Node.Scalar scalar) || !scalar.isText() || scalar.text().isBlank()) {
      problems.error(ProblemCode.LIFECYCLE, value instanceof Node.Scalar ? entry.keyLocation() : value.location(),
          "The expiry of event '" + event + "' must be a date, a product version or never, but is "
              + value.describe() + ".",
          "Write 'expires: 2027-06-30', 'expires: \"4.0\"', or 'expires: never' with 'expires-reason:'.");
      return null;
    }
    String text = scalar.text().strip();
    if (text.equals("never")) {
      if (reason == null) {
        problems.error(ProblemCode.LIFECYCLE, value.location(),
            "Event '" + event + "' never expires but gives no reason; an event collected forever needs a written one.",
            "Add 'expires-reason:' saying why the event must be collected for as long as the product runs, or "
                + "give it an expiry date.");
        return null;
      }
      return new Expiry.Never(reason, value.location());
    }
    if (DATE.matcher(text).matches()) {
      try {
        return new Expiry.OnDate(LocalDate.parse(text), reason, value.location());
      } catch (DateTimeException e) {
        problems.error(ProblemCode.LIFECYCLE, value.location(),
            "The expiry date '" + text + "' of event '" + event + "' is not a day of the calendar.",
            "Write an existing date as YYYY-MM-DD, such as 2027-06-30.");
        return null;
      }
    }
    if (VERSION.matcher(text).matches()) {
      return new Expiry.AtVersion(text, reason, value.location());
    }
    problems.error(ProblemCode.LIFECYCLE, value.location(),
        "The expiry '" + text + "' of event '" + event + "' is not a date (YYYY-MM-DD), a product version "
            + "(digits and dots, such as \"4.0\") or never.",
        "Write 'expires: 2027-06-30', 'expires: \"4.0\"', or 'expires: never' with 'expires-reason:'.");
    return null;
  }

  private DataCategory category(Fields fields, String event) {
    String written = fields.word("data-category");
    if (written == null) {
      return null;
    }
    DataCategory category = DataCategory.byKey(written);
    if (category != null) {
      return category;
    }
    problems.error(ProblemCode.LIFECYCLE, fields.entry("data-category").value().location(),
        "Unknown data-category '" + written + "' of event '" + event + "'; the categories are technical and "
            + "interaction. Stored content and highly sensitive data have no place in anonymous telemetry.",
        Suggestions.didYouMean(written, CATEGORIES,
            "Use technical (data about the product) or interaction (how it is used), or stop collecting the event."));
    return null;
  }
}
