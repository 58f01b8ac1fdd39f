package dev.telemetry.processor.reference;

import static dev.telemetry.processor.reference.MarkdownTable.code;
import static dev.telemetry.processor.reference.MarkdownTable.text;

import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.policy.PersonalDataCategory;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import dev.telemetry.catalogue.policy.RuleDescriptor;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.options.ProcessorOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;

/**
 * The manual's reference tables, generated from the descriptors the code itself prints from, in
 * the manner of Error Prone's pages generated from {@code @BugPattern}: the processor's options
 * and diagnostics, the catalogue's problem codes, and the personal-data policy's rules and
 * categories. This module sees all of them (the catalogue's descriptors are on its class path),
 * so one generator and one refresh command cover every table.
 *
 * <p>Every constant of a descriptor becomes a row, in declaration order: a constant added to an
 * enum needs only a refresh ({@link #REFRESH_COMMAND}), never a hand edit.
 */
public final class ReferenceTables {
  /** The command that rewrites every table from the code; the staleness test prints it. */
  public static final String REFRESH_COMMAND =
      "UPDATE_GOLDENS=1 ./mvnw -q -pl processor -am test -Dtest=ReferenceTablesTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false";

  private ReferenceTables() {}

  /** Every table, on the pages under {@code docs} (the repository's {@code docs/} folder). */
  public static List<ReferenceTable> all(Path docs) {
    return List.of(
        new ReferenceTable(
            new GeneratedRegion(docs.resolve("processor.md"), "options"),
            "ProcessorOption",
            ReferenceTables::options),
        new ReferenceTable(
            new GeneratedRegion(docs.resolve("processor.md"), "diagnostics"),
            "Diagnostic",
            ReferenceTables::diagnostics),
        new ReferenceTable(
            new GeneratedRegion(docs.resolve("catalogue-format.md"), "catalogue-problems"),
            "ProblemCode",
            ReferenceTables::catalogueProblems),
        new ReferenceTable(
            new GeneratedRegion(docs.resolve("policy.md"), "policy-rules"),
            "PersonalDataPolicy.describe()",
            ReferenceTables::policyRules),
        new ReferenceTable(
            new GeneratedRegion(docs.resolve("policy.md"), "policy-categories"),
            "PersonalDataCategory",
            ReferenceTables::policyCategories));
  }

  static String options() {
    MarkdownTable table = new MarkdownTable("option", "what it does");
    for (ProcessorOption option : ProcessorOption.values()) {
      table.row(code(option.key()), text(option.description()));
    }
    return table.render();
  }

  static String diagnostics() {
    MarkdownTable table = new MarkdownTable("code", "kind", "meaning", "fix");
    for (Diagnostic diagnostic : Diagnostic.values()) {
      String code =
          diagnostic.relaysRuleCode()
              ? "*the catalogue or policy rule's own code*"
              : code(diagnostic.code());
      table.row(code, kind(diagnostic.kind()), text(diagnostic.explanation()), text(fix(diagnostic)));
    }
    return table.render();
  }

  static String catalogueProblems() {
    MarkdownTable table = new MarkdownTable("code", "meaning");
    for (ProblemCode problem : ProblemCode.values()) {
      table.row(code(problem.code()), text(problem.explanation()));
    }
    return table.render();
  }

  static String policyRules() {
    MarkdownTable table = new MarkdownTable("Code", "Rule", "Default", "Why");
    for (RuleDescriptor rule : PersonalDataPolicy.of(PolicyConfig.defaults()).describe()) {
      table.row(code(rule.code()), text(rule.summary()), rule.severity().name(), text(rule.rationale()));
    }
    return table.render();
  }

  static String policyCategories() {
    MarkdownTable table = new MarkdownTable("Category", "Severity", "Name patterns", "Why");
    for (PersonalDataCategory category : PersonalDataPolicy.categories()) {
      table.row(
          code(category.id()) + " " + text(category.title()),
          category.defaultSeverity().name() + (category.hashable() ? ", hashed allowed" : ""),
          category.examples().stream().map(MarkdownTable::code).collect(Collectors.joining(", ")),
          text(category.rationale()));
    }
    return table.render();
  }

  /**
   * The fix a diagnostic's message gives: the part of its wording after {@code Fix:}, with each
   * value the message fills in shown as {@code …}; "as the message says" when the fix is itself
   * filled in, and a dash when the wording has none (a bug report, a relayed rule's message).
   */
  static String fix(Diagnostic diagnostic) {
    String probe = diagnostic.format(MARKS);
    int at = probe.indexOf("Fix: ");
    if (at < 0) {
      return diagnostic.relaysRuleCode() ? "The rule's own fix, in the message." : "—";
    }
    String fix = probe.substring(at + "Fix: ".length()).strip();
    if (fix.equals(MARK)) {
      return "As the message says.";
    }
    return fix.endsWith(MARK) ? capitalized(fix) : Diagnostic.sentence(capitalized(fix));
  }

  private static final String MARK = "…";

  /** More placeholders than any wording has {@code %s}; {@link String#format} ignores the rest. */
  private static final Object[] MARKS = Collections.nCopies(32, MARK).toArray();

  private static String capitalized(String sentence) {
    return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String kind(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
