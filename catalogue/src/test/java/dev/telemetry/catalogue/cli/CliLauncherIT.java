package dev.telemetry.catalogue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/telemetry-catalogue} and {@code telemetry-catalogue-cli.jar} as a user runs them: real
 * processes, in a folder of their own, with nothing on the class path but the jar. Runs after
 * {@code package} (see catalogue/pom.xml), which builds the jar.
 */
@Tag("launcher")
class CliLauncherIT {
  /** The previous release: two events. */
  private static final String RELEASE_1 = """
      catalogue: 1
      namespace: shop
      product: Shop
      events:
        shop:order.placed:
          emitted-when: An order was placed
          purpose: Counts orders.
          distinct-id: { hash: ins }
          properties:
            items_count: { type: integer, minimum: 0, description: Items in the order. }
        shop:cart.viewed:
          emitted-when: The cart was viewed
          purpose: Counts views.
          distinct-id: { hash: ins }
          properties:
            items_count: { type: integer, minimum: 0, description: Items in the cart. }
      """;
  /** The next one: a property added, an event removed, a description reworded (neutral). */
  private static final String RELEASE_2 = RELEASE_1
      .substring(0, RELEASE_1.indexOf("  shop:cart.viewed:"))
      .replace("      items_count: { type: integer, minimum: 0, description: Items in the order. }\n",
          "      items_count: { type: integer, minimum: 0, description: Number of items in the order. }\n"
              + "      coupon_used: { type: boolean, description: Whether a coupon was used. }\n");

  private static final Path JAR = Path.of(required("telemetry.cli.jar"));
  private static final Path SCRIPT = Path.of(required("telemetry.cli.script"));

  @TempDir Path dir;
  private Path old;
  private Path now;

  @BeforeEach
  void writeTwoReleases() throws IOException {
    old = Files.writeString(dir.resolve("release-1.yaml"), RELEASE_1);
    now = Files.writeString(dir.resolve("catalogue.yaml"), RELEASE_2);
  }

  @Test
  void theScriptPrintsTheDiffAsMarkdown() throws Exception {
    Run run = script("diff", old.toString(), now.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("| kind | change |\n|---|---|\n"
        + "| more-data | property shop:order.placed.coupon_used added |\n"
        + "| breaking | event shop:cart.viewed removed |\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void theScriptPrintsTheDiffAsJsonAgainstAPublishedCatalogue() throws Exception {
    Path published = dir.resolve("release-1-site");
    Run docs = script("docs", "--catalogue", old.toString(), "--out", published.toString());
    assertEquals(0, docs.status(), docs.err());

    Run run = script("diff", published.resolve("catalogue.json").toString(), now.toString(), "--format", "json");
    assertEquals(0, run.status(), run.err());
    JsonNode changes = new ObjectMapper().readTree(run.out()).get("changes");
    assertEquals(2, changes.size(), run.out());
    assertEquals("more-data", changes.get(0).get("kind").asText());
    assertEquals("coupon_used", changes.get(0).get("property").asText());
    assertEquals("event shop:cart.viewed removed", changes.get(1).get("what").asText());
  }

  @Test
  void theJarRunsOnItsOwn() throws Exception {
    Run run = run(List.of(java(), "-jar", JAR.toString(), "diff", old.toString(), old.toString()), Map.of());
    assertEquals(0, run.status(), run.err());
    assertEquals("No change in what is collected.\n", run.out());
  }

  @Test
  void failuresHaveTheirExitStatusAndAMessage() throws Exception {
    Run missing = script("diff", dir.resolve("nope.json").toString(), now.toString());
    assertEquals(1, missing.status());
    assertEquals("error: cannot read " + dir.resolve("nope.json") + ": no such file\n", missing.err());

    Run invalid = script("diff", Files.writeString(dir.resolve("bad.yaml"), "catalogue: 1\nnamspace: x\n").toString(),
        now.toString());
    assertEquals(1, invalid.status());
    assertTrue(invalid.err().startsWith("error: " + dir.resolve("bad.yaml") + ":"), invalid.err());

    Run unknown = script("dif", old.toString(), now.toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().startsWith("error: unknown command 'dif'\nusage: telemetry-catalogue COMMAND"),
        unknown.err());

    Run format = script("diff", old.toString(), now.toString(), "--format", "yaml");
    assertEquals(2, format.status());
    assertTrue(format.err().startsWith("error: --format is markdown or json, not 'yaml'\n"), format.err());
  }

  @Test
  void theScriptSaysHowToBuildAMissingJar() throws Exception {
    Path elsewhere = dir.resolve("no-such.jar");
    Run run = run(List.of(SCRIPT.toString(), "diff", old.toString(), now.toString()),
        Map.of("TELEMETRY_CATALOGUE_JAR", elsewhere.toString()));
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("error: " + elsewhere + " is not built; build it with: "), run.err());
    assertTrue(run.err().contains("./mvnw -q -pl catalogue -am package -DskipTests"), run.err());
  }

  private Run script(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  /** Runs {@code command} in {@link #dir} with the JDK running this test as JAVA_HOME. */
  private Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("TELEMETRY_CATALOGUE_JAR");
    builder.environment().putAll(env);
    Process process = builder.start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished: " + command);
    return new Run(process.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(java.io.InputStream stream) {
    try {
      return stream.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set: run this test as catalogue/pom.xml does, "
          + "./mvnw -pl catalogue -am verify -Dtest=CliLauncherIT -Dsurefire.failIfNoSpecifiedTests=false");
    }
    return value;
  }

  private record Run(int status, String out, String err) {}
}
