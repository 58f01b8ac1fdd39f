package dev.telemetry.processor.docs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Where the documentation files go: the class output through javac's Filer, or a folder of the user's. */
public final class DocsOutput {
  /** The folder of the class output (and so of the jar) that holds the documentation by default. */
  public static final String CLASS_OUTPUT_FOLDER = "META-INF/telemetry/docs/";

  private DocsOutput() {}

  /**
   * A file that could not be written.
   *
   * @param file the file, as a path or a class-output resource name
   * @param reason why
   */
  public record Failure(String file, String reason) {}

  /**
   * Writes every file under {@link #CLASS_OUTPUT_FOLDER} of the class output, so that build tools
   * track them and they ship inside the jar.
   *
   * @return null when all were written, else the first file that was not
   */
  static Failure toClassOutput(Filer filer, Map<String, byte[]> files) {
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
