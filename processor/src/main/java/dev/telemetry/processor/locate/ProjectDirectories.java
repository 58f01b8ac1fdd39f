package dev.telemetry.processor.locate;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * The directory of the project being compiled, found from javac's output directories: the first
 * directory above them that has a {@code src} folder (Maven's {@code target/classes} and Gradle's
 * {@code build/classes/java/main} both lead there).
 */
public final class ProjectDirectories {
  private static final int MAX_WALK_UP = 6;

  private ProjectDirectories() {}

  /**
   * The project directories above the class output, then the source output directory (usually one
   * directory, or none when javac writes to memory, as in tests and some IDEs).
   */
  public static Set<Path> of(Filer filer) {
    Set<Path> projects = new LinkedHashSet<>();
    for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_OUTPUT)) {
      Path project = projectAbove(outputDirectory(filer, location));
      if (project != null) {
        projects.add(project);
      }
    }
    return projects;
  }

  private static Path projectAbove(Path output) {
    Path directory = output;
    for (int level = 0; directory != null && level < MAX_WALK_UP; level++, directory = directory.getParent()) {
      if (Files.isDirectory(directory.resolve("src"))) {
        return directory;
      }
    }
    return null;
  }

  private static Path outputDirectory(Filer filer, JavaFileManager.Location location) {
    try {
      FileObject probe = filer.getResource(location, "", "telemetry-probe");
      Path file = asPath(probe.toUri());
      return file == null ? null : file.getParent();
    } catch (IOException | RuntimeException e) {
      // In-memory file managers (tests, IDEs) have no directory to start from.
      return null;
    }
  }

  /** The file a {@code file:} URI names, or null for any other URI. */
  static Path asPath(URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    try {
      return Path.of(uri);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
