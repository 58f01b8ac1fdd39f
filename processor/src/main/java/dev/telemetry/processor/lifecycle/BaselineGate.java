package dev.telemetry.processor.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.telemetry.catalogue.evolution.ChangeGate;
import dev.telemetry.catalogue.lifecycle.ProductVersion;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.DiagnosticReporter;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.options.ProcessorOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * With {@code -Atelemetry.baseline}, fails the build on every change in what is collected that the
 * catalogue's {@code changes} list does not declare, and on every new entry that matches no change.
 */
public final class BaselineGate {
  private final DiagnosticReporter reporter;
  private final Map<String, String> options;
  private final Path workingDirectory;

  public BaselineGate(DiagnosticReporter reporter, Map<String, String> options, Path workingDirectory) {
    this.reporter = reporter;
    this.options = options;
    this.workingDirectory = workingDirectory;
  }

  /** Checks {@code catalogue}; does nothing without the option. */
  public void check(Catalogue catalogue) {
    String option = ProcessorOption.BASELINE.valueIn(options);
    if (option == null) {
      return;
    }
    Path file = workingDirectory.resolve(option);
    JsonNode baseline;
    try {
      baseline = new ObjectMapper().readTree(Files.readString(file));
    } catch (IOException | RuntimeException e) {
      reporter.report(Diagnostic.BASELINE_UNREADABLE, Position.none(), file,
          Files.exists(file) ? "it is not JSON (" + e.getMessage() + ")" : "no such file");
      return;
    }
    if (baseline == null || !baseline.path("events").isObject()) {
      reporter.report(Diagnostic.BASELINE_UNREADABLE, Position.none(), file, "it has no events: not a catalogue.json");
      return;
    }
    for (ChangeGate.Finding finding : ChangeGate.check(catalogue, baseline, proposedVersion())) {
      if (finding instanceof ChangeGate.Undeclared undeclared) {
        reporter.report(Diagnostic.CHANGE_UNDECLARED, Position.none(), undeclared.location(),
            undeclared.change().what(), file, undeclared.change().kind().key(), undeclared.entry());
      } else if (finding instanceof ChangeGate.NotInDiff stale) {
        reporter.report(Diagnostic.CHANGE_NOT_IN_DIFF, Position.none(), stale.location(), stale.declared().what(),
            stale.declared().kind().key(), file);
      }
    }
  }

  /**
   * The version a proposed entry names: the release being built, without a qualifier such as
   * -SNAPSHOT (the changelog is about releases); {@code NEXT} when unknown, and as written when it
   * is not a version (the expiry check names that problem).
   */
  private String proposedVersion() {
    String version = ProcessorOption.PRODUCT_VERSION.valueIn(options);
    if (version == null) {
      return "NEXT";
    }
    try {
      return ProductVersion.parse(version).release();
    } catch (IllegalArgumentException e) {
      return version;
    }
  }
}
