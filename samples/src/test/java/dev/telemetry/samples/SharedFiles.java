package dev.telemetry.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The project's shared specification folder ({@code shared/}, beside the repository), found by
 * walking up from the module folder. It holds the reference catalogue and the analytics-go
 * fixtures; tests that need it are skipped where it is absent (a plain clone of the repository).
 */
final class SharedFiles {
  private SharedFiles() {}

  /** The file at {@code relative} inside {@code shared/}, if that folder is found above this module. */
  static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
