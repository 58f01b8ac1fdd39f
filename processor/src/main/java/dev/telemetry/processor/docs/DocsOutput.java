package dev.telemetry.processor.docs;

import dev.telemetry.catalogue.docs.EventFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Where the documentation files go: the class output through javac's Filer, or a folder of the user's. */
public final class DocsOutput {
  /** The folder of the class output (and so of the jar) that holds the documentation by default. */
  public static final String CLASS_OUTPUT_FOLDER = "META-INF/telemetry/docs/";

  /** The one file of the documentation that is created through the Filer, so that build tools see the folder. */
  static final String ANCHOR = EventFiles.CATALOGUE_JSON;

  private DocsOutput() {}

  /**
   * A file that could not be written.
   *
   * @param file the file, as a path or a class-output resource name
   * @param reason why
   */
  public record Failure(String file, String reason) {}

  /**
   * Writes every file under {@link #CLASS_OUTPUT_FOLDER} of the class output, so that they ship
   * inside the jar. Only {@link #ANCHOR} goes through the Filer, which build tools watch; when the
   * Filer puts it in a folder on disk, the other files are written beside it directly, and files of
   * ours from an earlier compile that the catalogue no longer has (an event removed) are deleted,
   * since the folder is wholly ours. javac's Filer checks each new file against every file created
   * before it, so writing the docs of a large catalogue through it costs time that grows with the
   * square of the number of events. When the class output is not on disk (an in-memory file
   * manager), every file goes through the Filer.
   *
   * @return null when all were written, else the first file that was not
   */
  static Failure toClassOutput(Filer filer, Map<String, byte[]> files) {
    String anchorName = CLASS_OUTPUT_FOLDER + ANCHOR;
    FileObject anchor;
    try {
      anchor = filer.createResource(StandardLocation.CLASS_OUTPUT, "", anchorName);
      try (OutputStream out = anchor.openOutputStream()) {
        out.write(files.get(ANCHOR));
      }
    } catch (IOException e) {
      return new Failure(anchorName, e.getMessage());
    }
    Path folder = folderOnDisk(anchor);
    Map<String, byte[]> others = new LinkedHashMap<>(files);
    others.remove(ANCHOR);
    if (folder == null) {
      return throughFiler(filer, others);
    }
    Failure stale = deleteStale(folder, files.keySet());
    return stale != null ? stale : toDirectory(folder, others);
  }

  /** The folder of the anchor when it is a file on disk, else null. */
  private static Path folderOnDisk(FileObject anchor) {
    URI uri = anchor.toUri();
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    try {
      return Path.of(uri).getParent();
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      return null;
    }
  }

  private static Failure throughFiler(Filer filer, Map<String, byte[]> files) {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = CLASS_OUTPUT_FOLDER + file.getKey();
      try {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", name);
        try (OutputStream out = resource.openOutputStream()) {
          out.write(file.getValue());
        }
      } catch (IOException e) {
        return new Failure(name, e.getMessage());
      }
    }
    return null;
  }

  /** Deletes the files under {@code folder} that are not among {@code current} (names relative to it), and folders left empty. */
  private static Failure deleteStale(Path folder, Set<String> current) {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    } catch (IOException e) {
      return new Failure(folder.toString(), describe(e));
    }
    for (Path path : paths) {
      String name = folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
      try {
        if (Files.isDirectory(path)) {
          if (!path.equals(folder) && isEmpty(path)) {
            Files.delete(path);
          }
        } else if (!current.contains(name)) {
          Files.delete(path);
        }
      } catch (IOException e) {
        return new Failure(path.toString(), describe(e));
      }
    }
    return null;
  }

  private static boolean isEmpty(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * Writes every file under {@code directory}, creating folders and replacing our files of an earlier
   * compile. A file whose content is already right is not touched (so its time stamp stays, for
   * tools that watch the folder), and no other file is deleted.
   *
   * @return null when all were written, else the first file that was not
   */
  static Failure toDirectory(Path directory, Map<String, byte[]> files) {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = directory.resolve(file.getKey());
      try {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      } catch (IOException e) {
        return new Failure(target.toString(), describe(e));
      }
    }
    return null;
  }

  /** NIO's exceptions often carry only the path as their message; name the kind of failure too. */
  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }
}
