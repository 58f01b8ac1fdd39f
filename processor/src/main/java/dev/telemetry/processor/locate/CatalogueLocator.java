package dev.telemetry.processor.locate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds the catalogue: the {@code telemetry.catalogue} option if set; else the file that
 * {@code @TelemetryCatalogue} names; else {@code src/main/resources/telemetry/catalogue.yaml}
 * ({@code .yml}, {@code .json}) of the project being compiled.
 *
 * <p>The project directory is found by walking up from javac's class and source output
 * directories to the first directory that has a {@code src} folder (Maven's {@code target/classes}
 * and Gradle's {@code build/classes/java/main} both lead there). The class path is searched too
 * (Maven copies resources to {@code target/classes} before compiling), and last the working
 * directory.
 */
public final class CatalogueLocator {
  /** The resource names searched when nothing names the catalogue, in order. */
  public static final List<String> DEFAULT_NAMES =
      List.of("telemetry/catalogue.yaml", "telemetry/catalogue.yml", "telemetry/catalogue.json");

  private static final String RESOURCES = "src/main/resources";

  private final Filer filer;
  private final Path workingDirectory;

  /** Searches through {@code filer}'s locations and {@code workingDirectory}. */
  public CatalogueLocator(Filer filer, Path workingDirectory) {
    this.filer = filer;
    this.workingDirectory = workingDirectory;
  }

  /** The outcome of a search. */
  public sealed interface Result {
    /** The catalogue was found. */
    record Found(CatalogueSource source) implements Result {}

    /**
     * Nothing was found.
     *
     * @param searched the places looked at, for the error message
     */
    record Missing(List<String> searched) implements Result {}

    /**
     * A catalogue was named but cannot be used.
     *
     * @param name the name given
     * @param reason why it cannot be used
     */
    record Unreadable(String name, String reason) implements Result {}
  }

  /** Finds the catalogue named by the option (which always wins), by the annotation, or by default. */
  public Result locate(String optionPath, String annotationPath) {
    if (optionPath != null) {
      return fromOption(optionPath);
    }
    if (annotationPath != null) {
      return search(List.of(annotationPath), true);
    }
    return search(DEFAULT_NAMES, false);
  }

  private Result fromOption(String optionPath) {
    Path path;
    try {
      path = workingDirectory.resolve(optionPath);
    } catch (InvalidPathException e) {
      return new Result.Unreadable(optionPath, "not a valid path");
    }
    if (!Files.isRegularFile(path)) {
      return new Result.Unreadable(path.toString(), "no such file");
    }
    return new Result.Found(CatalogueSource.ofFile(path));
  }

  private Result search(List<String> names, boolean named) {
    List<String> searched = new ArrayList<>();
    Set<Path> projects = ProjectDirectories.of(filer);
    for (String name : names) {
      List<Path> files = new ArrayList<>();
      if (named) {
        addIfValid(files, workingDirectory, name);
      }
      for (Path project : projects) {
        addIfValid(files, project.resolve(RESOURCES), name);
        if (named) {
          addIfValid(files, project, name);
        }
      }
      for (Path file : files) {
        searched.add(file.toString());
        if (Files.isRegularFile(file)) {
          return new Result.Found(CatalogueSource.ofFile(file));
        }
      }
      for (StandardLocation location : List.of(StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH)) {
        searched.add(name + " on the " + location.getName().toLowerCase(Locale.ROOT).replace('_', ' '));
        CatalogueSource resource = resource(location, name);
        if (resource != null) {
          return new Result.Found(resource);
        }
      }
      Path inWorkingDirectory = workingDirectory.resolve(RESOURCES).resolve(name);
      searched.add(inWorkingDirectory.toString());
      if (Files.isRegularFile(inWorkingDirectory)) {
        return new Result.Found(CatalogueSource.ofFile(inWorkingDirectory));
      }
    }
    return new Result.Missing(List.copyOf(new LinkedHashSet<>(searched)));
  }

  private static void addIfValid(List<Path> files, Path directory, String name) {
    try {
      files.add(directory.resolve(name).normalize());
    } catch (InvalidPathException e) {
      // A name that is not a path on this system can only be a resource name.
    }
  }

  private CatalogueSource resource(JavaFileManager.Location location, String name) {
    try {
      FileObject resource = filer.getResource(location, "", name);
      Path file = ProjectDirectories.asPath(resource.toUri());
      if (file != null) {
        return Files.isRegularFile(file) ? CatalogueSource.ofFile(file) : null;
      }
      return CatalogueSource.ofText(resource.toUri().toString(), resource.getCharContent(true).toString());
    } catch (IOException | RuntimeException e) {
      // Not there, or a file manager that does not support this location.
      return null;
    }
  }
}
