package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.telemetry.catalogue.model.EventSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manual's MkDocs site ({@code mkdocs.yml} at the repository root) carries the sample's
 * generated telemetry page itself, not a copy that could drift, and builds under
 * {@code mkdocs build --strict}. The builds run the real {@code mkdocs} (Debian's package, which
 * {@code .ci/run} installs) and report themselves skipped where it is not installed.
 */
class DocsSiteTest {
  private static final Path ROOT = Path.of("..");
  private static final Path HOOK = ROOT.resolve("mkdocs-hooks/repository_links.py");

  @TempDir Path temp;

  @Test
  void theSitesSamplePageIsTheGeneratedFileItself() throws IOException {
    Path link = ROOT.resolve("docs/sample-site");
    assertTrue(Files.isSymbolicLink(link), "docs/sample-site must be a symbolic link to ../samples/site");
    assertTrue(
        Files.isSameFile(link.resolve("telemetry.md"), PublishedSite.SITE.resolve("telemetry.md")),
        "docs/sample-site/telemetry.md must be samples/site/telemetry.md");
    assertTrue(
        Files.readString(ROOT.resolve("mkdocs.yml")).contains(": sample-site/telemetry.md"),
        "mkdocs.yml's nav must list sample-site/telemetry.md");
  }

  @Test
  void theManualBuildsStrictWithEveryEventOfTheSamplePage() throws Exception {
    assumeTrue(mkdocsInstalled(), "mkdocs is not installed (apt-get install mkdocs)");
    Path site = temp.resolve("site");

    Run build = mkdocs(ROOT, "build", "--strict", "--site-dir", site.toAbsolutePath().toString());

    assertEquals(0, build.exitCode(), build.output());
    String page = Files.readString(site.resolve("sample-site/telemetry/index.html"), StandardCharsets.UTF_8);
    for (EventSpec event : CatalogueEvents.load().events().values()) {
      assertTrue(page.contains(event.name()), "the site's sample page lacks " + event.name());
    }
    assertTrue(Files.isRegularFile(site.resolve("sample-site/telemetry.html")), "the HTML page is published beside it");
  }

  @Test
  void aLinkToAFileOutsideDocsIsCheckedAndShownAsItsPath() throws Exception {
    assumeTrue(mkdocsInstalled(), "mkdocs is not installed (apt-get install mkdocs)");
    Files.createDirectories(temp.resolve("docs"));
    Files.createDirectories(temp.resolve("hooks"));
    Files.copy(HOOK, temp.resolve("hooks/repository_links.py"));
    Files.writeString(temp.resolve("present.txt"), "a file of the repository\n");
    Files.writeString(
        temp.resolve("mkdocs.yml"),
        "site_name: t\nstrict: true\nhooks:\n  - hooks/repository_links.py\nnav:\n  - index.md\n");
    Path index = temp.resolve("docs/index.md");

    Files.writeString(index, "# T\n\nSee [present.txt](../present.txt).\n");
    Run good = mkdocs(temp, "build", "--strict");
    assertEquals(0, good.exitCode(), good.output());
    assertTrue(
        Files.readString(temp.resolve("site/index.html")).contains("<code>present.txt</code>"),
        "a repository file is shown as its path");

    Files.writeString(index, "# T\n\nSee [missing](../missing.java).\n");
    Run bad = mkdocs(temp, "build", "--strict");
    assertNotEquals(0, bad.exitCode(), bad.output());
    assertTrue(bad.output().contains("'../missing.java', which is not a file or folder of the repository"), bad.output());
  }

  private record Run(int exitCode, String output) {}

  private static boolean mkdocsInstalled() {
    try {
      return run(Path.of("."), List.of("mkdocs", "--version")).exitCode() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static Run mkdocs(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("mkdocs"));
    command.addAll(List.of(args));
    return run(dir, command);
  }

  private static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Run(-1, "mkdocs did not finish within 60 s\n" + output);
    }
    return new Run(process.exitValue(), output);
  }
}
