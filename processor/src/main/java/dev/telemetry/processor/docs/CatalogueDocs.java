package dev.telemetry.processor.docs;

import dev.telemetry.catalogue.docs.DocsGenerator;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.DiagnosticReporter;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.locate.ProjectDirectories;
import java.nio.file.Path;
import java.util.Map;
import javax.annotation.processing.Filer;

/**
 * The processor's documentation step: renders the catalogue's docs with {@link DocsGenerator} and
 * writes them where the {@code -Atelemetry.docs*} options say. Options that cannot be used and
 * files that cannot be written are diagnostics, never exceptions.
 */
public final class CatalogueDocs {
  private final Filer filer;
  private final Map<String, String> options;
  private final DiagnosticReporter reporter;
  private final Path workingDirectory;

  /**
   * A step that reads {@code options}, writes through {@code filer} or to a folder, and reports to
   * {@code reporter}; a relative {@code telemetry.docs.dir} with no project directory in sight
   * resolves against {@code workingDirectory}.
   */
  public CatalogueDocs(Filer filer, Map<String, String> options, DiagnosticReporter reporter, Path workingDirectory) {
    this.filer = filer;
    this.options = options;
    this.reporter = reporter;
    this.workingDirectory = workingDirectory;
  }

  /** Writes the documentation of {@code catalogue}, a catalogue that loaded without errors. */
  public void write(Catalogue catalogue) {
    DocsSettings settings = DocsSettings.read(options);
    if (settings instanceof DocsSettings.Invalid invalid) {
      for (DocsSettings.InvalidOption problem : invalid.problems()) {
        reporter.report(Diagnostic.INVALID_OPTION, Position.none(),
            problem.option().key(), problem.value(), problem.rule(), problem.fix());
      }
      return;
    }
    if (!(settings instanceof DocsSettings.Write write)) {
      return;
    }
    Map<String, byte[]> files = new DocsGenerator(write.options()).render(catalogue);
    DocsOutput.Failure failure = write.directory() == null
        ? DocsOutput.toClassOutput(filer, files)
        : DocsOutput.toDirectory(resolve(write.directory()), files);
    if (failure != null) {
      reporter.report(Diagnostic.WRITE_FAILED, Position.none(), failure.file(), failure.reason());
    }
  }

  /** A relative folder belongs to the project (the folder above the class output that has {@code src}). */
  private Path resolve(Path directory) {
    if (directory.isAbsolute()) {
      return directory;
    }
    Path base = ProjectDirectories.of(filer).stream().findFirst().orElse(workingDirectory);
    return base.resolve(directory).normalize();
  }
}
