package dev.telemetry.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.internal.encode.JsonReader;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.CapturedRequest;
import dev.telemetry.runtime.testing.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the sample's main job in-process against a real loopback collector and real files. */
class MainTest {
  /** Data of the scenario that must never leave the process, raw or hashed away. */
  private static final List<String> PRIVATE_VALUES =
      List.of(
          "ana.admin@acme.example.com",
          "ben.engineer@acme.example.com",
          "Jane Roe",
          "Incident",
          "eu-west-2",
          "acme.example.com",
          "break-glass",
          "payments team",
          "ok, go",
          "\"usr_123\"",
          "\"usr_234\"");

  private CaptureServer server;

  @BeforeEach
  void startServer() {
    server = CaptureServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void sendsEveryCatalogueEventToTheEndpointAndNoPrivateData() throws Exception {
    SampleRun run = SampleRun.of(Map.of(), "--endpoint", server.uri().toString());

    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals("tracked=8 delivered=8 dropped=0 failed=0", run.lastLine());
    assertTrue(run.out().contains("telemetry sends to " + server.uri() + "/batch/"), run.out());
    assertEquals(CatalogueEvents.expectedWireNames(), wireNames(server.acceptedEvents()));
    assertEquals(8, server.acceptedEvents().size());
    for (CapturedRequest request : server.requests()) {
      assertEquals("POST", request.method());
      assertEquals("/batch/", request.path());
      assertNoPrivateValues(request.bodyText());
    }
  }

  @Test
  void takesEndpointAndApiKeyFromTheEnvironment() throws Exception {
    SampleRun run =
        SampleRun.of(Map.of("CF_ANALYTICS_URL", server.uri().toString(), "CF_ANALYTICS_API_KEY", "phc_from_env"));

    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals(8, server.acceptedEvents().size());
    assertEquals("phc_from_env", server.requests().get(0).json().get("api_key"));
  }

  @Test
  void commandLineWinsOverTheEnvironment() throws Exception {
    Map<String, String> env = Map.of("CF_ANALYTICS_URL", "http://127.0.0.1:9/", "CF_ANALYTICS_API_KEY", "phc_from_env");

    SampleRun run = SampleRun.of(env, "--endpoint", server.uri().toString(), "--api-key", "phc_from_cli");

    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals("phc_from_cli", server.requests().get(0).json().get("api_key"));
  }

  @Test
  void exitsNonZeroWhenTheCollectorRefusesEvents() throws Exception {
    server.policy((number, body) -> Reply.status(400, "{\"error\":\"invalid\"}"));

    SampleRun run = SampleRun.of(Map.of(), "--endpoint", server.uri().toString());

    assertEquals(1, run.status());
    assertEquals("tracked=8 delivered=0 dropped=0 failed=8", run.lastLine());
  }

  @Test
  void disabledSwitchSendsNothingAndOpensNoConnection(@TempDir Path dir) throws Exception {
    assertSendsNothing(Map.of("CF_ANALYTICS_DISABLED", "true", "CF_ANALYTICS_URL", server.uri().toString()), dir);
    assertSendsNothing(Map.of("CF_ANALYTICS_DISABLED", "true"), dir, "--endpoint", server.uri().toString());
  }

  @Test
  void doNotTrackSendsNothingAndOpensNoConnection(@TempDir Path dir) throws Exception {
    assertSendsNothing(Map.of("DO_NOT_TRACK", "1", "CF_ANALYTICS_URL", server.uri().toString()), dir);
    assertSendsNothing(Map.of("DO_NOT_TRACK", "1"), dir, "--endpoint", server.uri().toString());
  }

  @Test
  void switchedOffWithoutEndpointWritesNoFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.jsonl");

    SampleRun run = SampleRun.of(Map.of("DO_NOT_TRACK", "1"), "--out", file.toString());

    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals("tracked=8 delivered=0 dropped=8 failed=0", run.lastLine());
    assertFalse(Files.exists(file), "a run that sends nothing must not create " + file);
  }

  @Test
  void withoutConfigurationWritesOneJsonLinePerEvent(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.jsonl");

    SampleRun run = SampleRun.of(Map.of(), "--out", file.toString());

    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals("tracked=8 delivered=8 dropped=0 failed=0", run.lastLine());
    assertTrue(run.out().contains(file.toAbsolutePath().toString()), "the path is printed: " + run.out());
    assertJsonLinesOfOneScenario(file);
  }

  @Test
  void defaultFileIsNewAndItsPathIsPrinted() throws Exception {
    SampleRun run = SampleRun.of(Map.of());

    String prefix = "telemetry sends to JSON lines in ";
    String line = run.lines().stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    Path file = Path.of(line.substring(prefix.length()));
    try {
      assertEquals(0, run.status(), run.out() + run.err());
      assertJsonLinesOfOneScenario(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void debugLevelPrintsEveryEvent(@TempDir Path dir) throws Exception {
    Logger logger = Logger.getLogger("dev.telemetry.runtime");
    List<String> messages = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            messages.add(new SimpleFormatter().formatMessage(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      SampleRun run =
          SampleRun.of(Map.of("CF_ANALYTICS_LOG_LEVEL", "debug"), "--out", dir.resolve("events.jsonl").toString());

      assertEquals(0, run.status(), run.out() + run.err());
    } finally {
      logger.removeHandler(handler);
    }
    long queued = messages.stream().filter(m -> m.startsWith("telemetry event queued: {")).count();
    assertEquals(8, queued, "one debug line per event: " + messages);
  }

  @Test
  void loadRunDeliversEveryEventFromSeveralThreads() throws Exception {
    SampleRun run = SampleRun.of(Map.of(), "--endpoint", server.uri().toString(), "--events", "2000");

    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals("tracked=2000 delivered=2000 dropped=0 failed=0", run.lastLine());
    List<Map<String, Object>> events = server.acceptedEvents();
    assertEquals(2000, events.size());
    Set<Object> uuids = new HashSet<>();
    events.forEach(event -> uuids.add(event.get("uuid")));
    assertEquals(2000, uuids.size(), "every event has its own uuid");
    assertEquals(CatalogueEvents.expectedWireNames(), wireNames(events));
  }

  @Test
  void aBurstOfTwentyThousandIsDeliveredWholeByAFaultyCollector() throws Exception {
    // Every fourth request fails: resets, 503s with a short Retry-After, and 500s.
    server.policy(
        (n, body) ->
            switch (n % 12) {
              case 3 -> Reply.reset();
              case 7 -> Reply.status(503).retryAfter("0");
              case 11 -> Reply.status(500);
              default -> Reply.ok();
            });
    SampleRun run = SampleRun.of(Map.of(), "--endpoint", server.uri().toString(), "--events", "20000");

    assertEquals(0, run.status(), run.out() + run.err());
    assertEquals("tracked=20000 delivered=20000 dropped=0 failed=0", run.lastLine());
    Set<Object> uuids = new HashSet<>();
    server.acceptedEvents().forEach(event -> uuids.add(event.get("uuid")));
    assertEquals(20000, uuids.size());
    assertFalse(run.err().contains("warning:"), run.err());
  }

  @Test
  void whatARunSpoolsWithNoCollectorTheNextRunDeliversOnce(@TempDir Path spool) throws Exception {
    String nobody = CaptureServer.nobodyListening().toString();
    SampleRun first = SampleRun.of(Map.of(), "--spool", spool.toString(), "--endpoint", nobody);
    int events = Integer.parseInt(first.out().replaceAll("(?s).*tracked=(\\d+).*", "$1"));
    assertEquals(0, first.status(), first.out() + first.err());
    assertTrue(first.out().contains("tracked=" + events + " delivered=0 dropped=0 failed=0"), first.out());
    assertEquals("spooled=" + events + " pending=" + events, first.lastLine());

    SampleRun second =
        SampleRun.of(Map.of(), "--events", "0", "--spool", spool.toString(), "--endpoint", server.uri().toString());
    assertEquals(0, second.status(), second.out() + second.err());
    assertTrue(second.out().contains("tracked=0 delivered=0 dropped=0 failed=0"), second.out());
    assertEquals("sent-from-spool=" + events, second.lastLine());
    List<Map<String, Object>> arrived = server.acceptedEvents();
    Set<Object> uuids = new HashSet<>();
    arrived.forEach(event -> uuids.add(event.get("uuid")));
    assertEquals(events, arrived.size());
    assertEquals(events, uuids.size(), "each event once");
  }

  @Test
  void credentialsInTheEndpointAreNeverPrinted() throws Exception {
    String withSecrets = server.uri().toString().replace("http://", "http://user:s3cr3t@") + "?token=t0k3n";
    SampleRun run = SampleRun.of(Map.of(), "--endpoint", withSecrets);
    assertFalse((run.out() + run.err()).contains("s3cr3t"), run.out());
    assertFalse((run.out() + run.err()).contains("t0k3n"), run.out());
    assertTrue(run.out().contains("telemetry sends to http://***@127.0.0.1:"), run.out());
  }

  @Test
  void wrongArgumentsExitWithTwoAndTheUsage() throws Exception {
    SampleRun zero = SampleRun.of(Map.of(), "--events", "-1");
    SampleRun unknown = SampleRun.of(Map.of(), "--endpont", "http://127.0.0.1:1");

    assertEquals(2, zero.status());
    assertTrue(zero.err().contains("--events needs a whole number, 0 or more, but it is '-1'"), zero.err());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unknown argument '--endpont'"), unknown.err());
    assertTrue(unknown.err().contains("usage: java -jar telemetry-samples.jar"), unknown.err());
    assertEquals(0, server.requestCount());
  }

  @Test
  void endpointThatIsNotAnHttpUrlIsAWrongArgument() throws Exception {
    SampleRun noScheme = SampleRun.of(Map.of(), "--endpoint", "localhost:8000");
    SampleRun notAUri = SampleRun.of(Map.of(), "--endpoint", "ht tp://bad");

    assertEquals(2, noScheme.status(), noScheme.out());
    assertTrue(noScheme.err().contains(
        "--endpoint needs an http(s) URL such as http://localhost:8000, but it is 'localhost:8000'"), noScheme.err());
    assertEquals(2, notAUri.status(), notAUri.out());
    assertTrue(notAUri.err().contains("but it is 'ht tp://bad'"), notAUri.err());
  }

  private void assertSendsNothing(Map<String, String> env, Path dir, String... args) throws Exception {
    Path file = dir.resolve("unused.jsonl");
    String[] withFile = Stream.concat(Arrays.stream(args), Stream.of("--out", file.toString())).toArray(String[]::new);

    SampleRun run = SampleRun.of(env, withFile);

    assertEquals(0, run.status(), "switching telemetry off is not a failure: " + run.out() + run.err());
    assertEquals("tracked=8 delivered=0 dropped=8 failed=0", run.lastLine());
    assertTrue(run.out().contains("telemetry is off ("), run.out());
    assertEquals(0, server.requestCount());
    assertEquals(0, server.connectionCount());
    assertFalse(Files.exists(file));
  }

  private static void assertJsonLinesOfOneScenario(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertEquals(8, lines.size(), text);
    Set<String> names = new TreeSet<>();
    for (String line : lines) {
      names.add(CatalogueEvents.wireName(JsonReader.parseObject(line)));
    }
    assertEquals(CatalogueEvents.expectedWireNames(), names);
    assertNoPrivateValues(text);
  }

  private static Set<String> wireNames(List<Map<String, Object>> events) {
    Set<String> names = new TreeSet<>();
    events.forEach(event -> names.add(CatalogueEvents.wireName(event)));
    return names;
  }

  private static void assertNoPrivateValues(String sent) {
    for (String value : PRIVATE_VALUES) {
      assertFalse(sent.contains(value), "sent data contains " + value + ": " + sent);
    }
  }
}
