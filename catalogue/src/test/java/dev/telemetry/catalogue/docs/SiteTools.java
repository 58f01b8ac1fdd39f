package dev.telemetry.catalogue.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real site generators the published-page tests run: MkDocs (Debian's package) and the npm
 * packages pinned in {@code test-tools/package-lock.json} (MDX 3, Docusaurus 3, marked, ajv). {@code .ci/run}
 * installs them; when they are missing here, this installs the npm ones once with {@code npm ci},
 * and a test is skipped only when a tool cannot be had at all.
 */
final class SiteTools {
  /** The test-tools folder of the repository, seen from the module folder Maven runs tests in. */
  static final Path TOOLS = Path.of("..", "test-tools").toAbsolutePath().normalize();

  private SiteTools() {}

  /** A finished process: its exit status and its output and error text together. */
  record Run(int status, String output) {
    boolean ok() {
      return status == 0;
    }
  }

  /** Runs {@code command} in {@code dir}, waiting at most {@code seconds}. */
  static Run run(Path dir, long seconds, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("site-tool", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Run(-1, "timed out after " + seconds + " s: " + String.join(" ", command));
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Whether {@code name} is a program on the PATH. */
  static boolean onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Null when the npm tools are ready (installing them with {@code npm ci} if needed), else why not.
   * Synchronized: the tests of one JVM install once.
   */
  static synchronized String npmToolsMissing() throws IOException, InterruptedException {
    if (!onPath("node") || !onPath("npm")) {
      return "node and npm are not installed (Debian's nodejs and npm packages)";
    }
    if (Files.isDirectory(TOOLS.resolve("node_modules/@docusaurus/core"))
        && Files.isDirectory(TOOLS.resolve("node_modules/@mdx-js/mdx"))
        && Files.isDirectory(TOOLS.resolve("node_modules/ajv-formats"))) {
      return null;
    }
    Run install = run(TOOLS, 600, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    return install.ok() ? null : "npm ci in " + TOOLS + " failed:\n" + install.output();
  }

  /** Null when {@code mkdocs} can run, else why not. */
  static String mkdocsMissing() {
    return onPath("mkdocs") ? null : "mkdocs is not installed (apt-get install -y mkdocs)";
  }

  /** {@code node} with the given arguments, as a command line. */
  static String[] node(String... args) {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(List.of(args));
    return command.toArray(new String[0]);
  }
}
