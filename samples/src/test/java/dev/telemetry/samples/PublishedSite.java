package dev.telemetry.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The published docs in {@code samples/site/} and the ones the build generates, file by file. */
final class PublishedSite {
  /** The committed, published copy. */
  static final Path SITE = Path.of("site");

  /** Where the processor writes the docs on every compile ({@code -Atelemetry.docs.dir} in the pom). */
  static final Path GENERATED = Path.of("target", "telemetry-docs");

  /** The command that copies the generated docs into {@code samples/site/}. */
  static final String REFRESH_COMMAND = "./mvnw -q -pl samples -am clean process-classes -Dtelemetry.site.refresh";

  private PublishedSite() {}

  /** Every file under {@code root}, by relative path with {@code /} separators. */
  static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    }
    return files;
  }

  /** The file stem of an event, named like analytics-go's fixtures: {@code cf:identify:user_info} gives {@code cf-identify-user-info}. */
  static String stem(String eventName) {
    return eventName.replace(':', '-').replace('.', '-').replace('_', '-');
  }
}
