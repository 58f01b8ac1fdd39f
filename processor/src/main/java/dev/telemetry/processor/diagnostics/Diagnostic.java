package dev.telemetry.processor.diagnostics;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor prints: a stable code, the wording (a {@link String#format}
 * template that states the rule, the path and the fix) and an explanation for the manual's table of codes.
 *
 * <p>Policy findings and catalogue problems keep the codes their rules give them; they are printed
 * through {@link #POLICY_FINDING}, {@link #CATALOGUE_PROBLEM} and {@link #CATALOGUE_WARNING}.
 */
public enum Diagnostic {
  CATALOGUE_NOT_FOUND(
      "TELEMETRY-CATALOGUE-NOT-FOUND",
      Kind.ERROR,
      "%s is a @TelemetryEvent class but no catalogue was found (looked for %s). Fix: add "
          + "src/main/resources/telemetry/catalogue.yaml, or pass -Atelemetry.catalogue=PATH to javac.",
      "A class is annotated with @TelemetryEvent but the processor found no catalogue to check it "
          + "against. Without an option it looks for src/main/resources/telemetry/catalogue.yaml "
          + "(or .yml, .json) in the project that is being compiled."),

  CATALOGUE_UNREADABLE(
      "TELEMETRY-CATALOGUE-UNREADABLE",
      Kind.ERROR,
      "the catalogue %s cannot be read: %s. Fix: check that the file exists and is readable, or "
          + "pass -Atelemetry.catalogue=PATH to javac.",
      "The catalogue was named (by option or @TelemetryCatalogue) or found, but reading it failed."),

  CATALOGUE_PROBLEM(
      "TELEMETRY-CATALOGUE",
      Kind.ERROR,
      "%s: %s%s",
      "The catalogue file is invalid. The message gives file:line:column and the catalogue rule's own "
          + "code (for example CATALOGUE-UNKNOWN-KEY, or a personal-data policy code when a catalogue "
          + "property itself breaks the policy). Nothing is generated until the catalogue is fixed."),

  CATALOGUE_WARNING(
      "TELEMETRY-CATALOGUE",
      Kind.WARNING,
      "%s: %s%s",
      "Something in the catalogue is allowed but probably not what was meant; the message gives "
          + "file:line:column and the rule's code."),

  CATALOGUE_NOT_GENERATED(
      "TELEMETRY-CATALOGUE-NOT-GENERATED",
      Kind.ERROR,
      "no event classes could be generated from the catalogue %s: %s Fix: change the catalogue as the "
          + "message says.",
      "The catalogue loaded, but holds something the code generator cannot express in Java (for "
          + "example a hashed value of a type other than string or integer)."),

  CATALOGUE_DECLARED_TWICE(
      "TELEMETRY-CATALOGUE-TWICE",
      Kind.ERROR,
      "@TelemetryCatalogue is on both package %s and package %s; a module has one catalogue. Fix: "
          + "keep the annotation on one package-info.java.",
      "Two packages of one compilation carry @TelemetryCatalogue."),

  INVALID_PACKAGE(
      "TELEMETRY-INVALID-PACKAGE",
      Kind.ERROR,
      "the package for generated code, %s (from %s), is not a valid Java package name. Fix: use "
          + "dot-separated Java identifiers, such as com.example.telemetry.",
      "The package given by -Atelemetry.package or @TelemetryCatalogue(generatedPackage) cannot be "
          + "used."),

  INVALID_OPTION(
      "TELEMETRY-INVALID-OPTION",
      Kind.ERROR,
      "-A%s=%s cannot be used: %s. Fix: %s",
      "A documentation option (telemetry.docs, telemetry.docs.envPrefix, telemetry.docs.dir), or "
          + "telemetry.expiry.warnDays or telemetry.productVersion, has a "
          + "value the processor cannot use; the message states the rule. No documentation is written "
          + "until it is fixed; the rest of the processing is unaffected."),

  UNKNOWN_EVENT(
      "TELEMETRY-UNKNOWN-EVENT",
      Kind.ERROR,
      "%s claims the event %s, which the catalogue %s does not declare.%s Fix: correct the event "
          + "name, or add the event to the catalogue.",
      "The event named by @TelemetryEvent is not in the catalogue. The nearest event names are "
          + "suggested."),

  UNSUPPORTED_CLASS(
      "TELEMETRY-UNSUPPORTED-CLASS",
      Kind.ERROR,
      "@TelemetryEvent is on %s, which %s. Fix: put @TelemetryEvent on a non-private, non-generic "
          + "class or record.",
      "Only classes and records can be events, and the generated writer (in the same package) must "
          + "be able to name them: not private, not generic, not an interface, enum or annotation."),

  DUPLICATE_CLAIM(
      "TELEMETRY-DUPLICATE-CLAIM",
      Kind.ERROR,
      "%s claims the event %s, which %s already claims; an event has exactly one class. Fix: remove "
          + "@TelemetryEvent from one of them.",
      "Two classes are annotated with the same event name."),

  UNDECLARED_PROPERTY(
      "TELEMETRY-UNDECLARED-PROPERTY",
      Kind.ERROR,
      "%s: %s would be sent as %s, which the catalogue does not declare for %s.%s Fix: declare the "
          + "property in the catalogue, name the declared one with @TelemetryProperty, or mark the "
          + "member @TelemetryIgnore.",
      "A member of an event class (or of a nested class) would be sent, but the catalogue does not "
          + "declare a property of that name. Names are the member names in snake_case unless "
          + "@TelemetryProperty says otherwise."),

  MISSING_PROPERTY(
      "TELEMETRY-MISSING-PROPERTY",
      Kind.ERROR,
      "%s: the required property %s is not sent by %s. Fix: add a member named %s (or one annotated "
          + "@TelemetryProperty(\"%s\")), or declare the property required: false in the catalogue.",
      "The catalogue declares a required property (required is the default) that no member of the "
          + "class provides."),

  DUPLICATE_PROPERTY(
      "TELEMETRY-DUPLICATE-PROPERTY",
      Kind.ERROR,
      "%s: %s and %s would both be sent as %s. Fix: rename one with @TelemetryProperty, or mark it "
          + "@TelemetryIgnore.",
      "Two members of one class map to the same property name."),

  TYPE_MISMATCH(
      "TELEMETRY-TYPE-MISMATCH",
      Kind.ERROR,
      "%s: the catalogue declares %s, but %s has type %s. Fix: use %s.",
      "The Java type of a member does not fit the type the catalogue declares: integer is int or "
          + "long (Integer, Long, OptionalInt or OptionalLong when optional), number is double, "
          + "boolean is boolean, enum is a Java enum or a String, array is a List, Set or array of "
          + "the item type, a named type is a record or class, timestamp is Instant, duration is "
          + "Duration, and a hashed string is String, UUID or long. Optional properties need a type "
          + "that can be absent (a boxed type, Optional, or a reference that may be null)."),

  ENUM_CONSTANT(
      "TELEMETRY-ENUM-CONSTANT",
      Kind.ERROR,
      "%s: the constant %s of %s matches none of the catalogue values %s. Fix: rename the constant "
          + "to one of the values (case, _ and - are ignored), or add its value to the catalogue.",
      "Every constant of a Java enum used for an enum property must match one of the catalogue's "
          + "values, ignoring case, _ and -, so that any value of the Java type can be sent."),

  NO_ACCESSOR(
      "TELEMETRY-NO-ACCESSOR",
      Kind.ERROR,
      "%s: the field %s is %s and has no accessor that the generated writer can call. Fix: add a "
          + "non-private accessor %s() in %s, make the field non-private, or mark it @TelemetryIgnore.",
      "A field that would be sent is private (or not visible from the event class's package) and "
          + "there is no getX(), isX() or x() method returning it. The generated writer never uses "
          + "reflection, so it needs a member it can call."),

  UNRESOLVED_TYPE(
      "TELEMETRY-UNRESOLVED-TYPE",
      Kind.ERROR,
      "%s: the type of %s (%s) was still not available at the end of compilation, so it cannot be "
          + "checked. Fix: correct the type, or make sure the processor that generates it runs.",
      "A member's type did not exist in any round of annotation processing."),

  LATE_EVENT_CLASS(
      "TELEMETRY-LATE-EVENT-CLASS",
      Kind.ERROR,
      "%s appeared in a later round of annotation processing (another processor generated it), after "
          + "the catalogue's classes and the event index were decided in the first round. Fix: write "
          + "the class by hand, or generate it without @TelemetryEvent and register a writer yourself.",
      "Event classes are claimed in the first round of annotation processing, where the catalogue's "
          + "own classes are generated and the index is planned; an event class that another processor "
          + "generates in a later round cannot take part."),

  WRITE_FAILED(
      "TELEMETRY-WRITE-FAILED",
      Kind.ERROR,
      "could not write the generated file %s: %s. Fix: check that the output directory is writable; "
          + "a clean build removes stale generated files.",
      "javac's Filer refused a generated file, usually because the output directory is not writable "
          + "or another processor already wrote a file of that name; or a documentation file could not "
          + "be written to the folder of -Atelemetry.docs.dir."),

  WRITERS_CLASS_TAKEN(
      "TELEMETRY-WRITERS-CLASS-TAKEN",
      Kind.ERROR,
      "%s is a class of yours, but the processor generates the writers of the @TelemetryEvent classes "
          + "of package %s in a class of that name. Fix: rename your class.",
      "The writers of a package's @TelemetryEvent classes are nested classes of one generated class, "
          + "TelemetryWriters, in that package; a class of yours with that name leaves no room for it."),

  EARLIER_CLASS_STALE(
      "TELEMETRY-EARLIER-CLASS-STALE",
      Kind.ERROR,
      "%s was compiled earlier and is not compiled now, and no longer fits the catalogue event %s, so it "
          + "gets no writer. Fix: compile it again (a full build) to see the problem on its line. The first "
          + "problem: %s",
      "In a partial compile, the writers of a package are generated again whole, including those of "
          + "@TelemetryEvent classes compiled earlier (read from their class files). Such a class that "
          + "no longer fits the catalogue gets no writer; its own errors are shown when it is compiled."),

  POLICY_FINDING(
      "TELEMETRY-PII",
      Kind.ERROR,
      "%s: %s%s",
      "The personal-data policy forbids what would be sent. The code is the policy rule's own (for "
          + "example TELEMETRY-PII-NAME); the message names the event and the path to the member that "
          + "carries the data, and says how to fix it."),

  EXPIRED(
      "TELEMETRY-EXPIRED",
      Kind.ERROR,
      "%s: event '%s' expired %s (%s), and an expired event is no longer collected. Fix: renew it with a "
          + "new expiry and the reason (expires: %s, expires-reason: <why it is still needed>), or delete the "
          + "event from the catalogue.",
      "An event's expires date has passed (the build day is SOURCE_DATE_EPOCH when set, else the clock), or the "
          + "product version (-Atelemetry.productVersion) has reached its expires version. The message gives the "
          + "catalogue's file:line:column of the expiry."),

  EXPIRES_SOON(
      "TELEMETRY-EXPIRES-SOON",
      Kind.WARNING,
      "%s: event '%s' is collected until %s, %s (today is %s, %s). Fix: renew it with a later date and the reason "
          + "(expires: %s, expires-reason: <why it is still needed>), or plan its removal: after that day the "
          + "runtime stops sending it and the build fails.",
      "An event's expiry date is at most -Atelemetry.expiry.warnDays days away (30 by default)."),

  EXPIRY_UNCHECKED(
      "TELEMETRY-EXPIRY-UNCHECKED",
      Kind.WARNING,
      "%s: event '%s' expires at product version %s, but the version being built is not known. Fix: pass "
          + "-Atelemetry.productVersion=${project.version} to javac.",
      "An event expires at a product version and -Atelemetry.productVersion is not set, so the expiry is not "
          + "checked."),

  INVALID_SOURCE_DATE_EPOCH(
      "TELEMETRY-INVALID-SOURCE-DATE-EPOCH",
      Kind.ERROR,
      "the environment variable SOURCE_DATE_EPOCH=%s is not a number of seconds since 1970-01-01T00:00:00Z, so "
          + "the build day that event expiries are checked against is unknown. Fix: set it to a whole number, "
          + "such as the time of the last commit (git log -1 --format=%%ct), or unset it.",
      "SOURCE_DATE_EPOCH, the reproducible-builds convention for the build time, is set but unusable."),

  CHANGE_UNDECLARED(
      "TELEMETRY-CHANGE-UNDECLARED",
      Kind.ERROR,
      "%s: %s since the baseline %s (%s) is not declared; what a product collects changes only in the open. "
          + "Fix: add this entry under 'changes:' of the catalogue, with the reason: %s",
      "Compared with the previous release's catalogue.json (-Atelemetry.baseline), the catalogue collects more "
          + "data or breaks the data's shape, and no changes: entry declares it. The message is on the line that "
          + "changed and shows the entry to add."),

  CHANGE_NOT_IN_DIFF(
      "TELEMETRY-CHANGE-NOT-IN-DIFF",
      Kind.ERROR,
      "%s: the changes entry '%s' (%s) matches no difference from the baseline %s. Fix: correct 'what' and "
          + "'kind' to the change the gate names, or remove the entry.",
      "A changes: entry that is new since the baseline declares a change that did not happen (or no longer "
          + "happens)."),

  BASELINE_UNREADABLE(
      "TELEMETRY-BASELINE-UNREADABLE",
      Kind.ERROR,
      "the baseline %s cannot be read: %s. Fix: pass -Atelemetry.baseline with the catalogue.json the previous "
          + "release published.",
      "The file named by -Atelemetry.baseline does not exist or is not a catalogue.json."),

  INTERNAL_ERROR(
      "TELEMETRY-INTERNAL-ERROR",
      Kind.ERROR,
      "the telemetry processor failed unexpectedly (%s). This is a bug in telemetry-processor: please "
          + "report it with this message and the class or catalogue that triggered it.",
      "An unexpected exception inside the processor. It is reported as one error instead of crashing "
          + "javac.");

  private final String code;
  private final Kind kind;
  private final String template;
  private final String explanation;

  Diagnostic(String code, Kind kind, String template, String explanation) {
    this.code = code;
    this.kind = kind;
    this.template = template;
    this.explanation = explanation;
  }

  /** The stable code printed in front of every message of this kind. */
  public String code() {
    return code;
  }

  /** Whether it fails the compile. */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether messages of this kind are printed under the code of the catalogue or policy rule they
   * report (such as {@code CATALOGUE-UNKNOWN-KEY} or {@code TELEMETRY-PII-NAME}) rather than under
   * {@link #code()}; the manual's table of codes says so instead of showing {@link #code()}.
   */
  public boolean relaysRuleCode() {
    return this == CATALOGUE_PROBLEM || this == CATALOGUE_WARNING || this == POLICY_FINDING;
  }

  /** Why the diagnostic exists and what it checks, for the manual's table of codes. */
  public String explanation() {
    return explanation;
  }

  /** {@code text} as a sentence: with a full stop at the end unless it already ends in punctuation. */
  public static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 ? trimmed : trimmed + ".";
  }

  /** The message without its code. */
  public String format(Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
