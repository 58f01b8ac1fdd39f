package dev.telemetry.runtime.internal.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.internal.delivery.DeliveryLoop;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool with real files, real child JVMs (killed, or closing early) and a real collector. */
class SpoolTest {
  private static final Duration FLUSH = Duration.ofSeconds(30);

  @TempDir Path spool;

  @Test
  void aProcessKilledMidBurstLosesNothingItWroteToTheSpool() throws Exception {
    try (CaptureServer server = CaptureServer.start()) {
      // Slow replies keep events in the spool while the burst runs, as a real network does.
      server.policy((n, body) -> Reply.ok().after(Duration.ofMillis(150)));
      Process child = child(server.uri(), "killed", "burst");
      assertEquals("started", new String(child.getInputStream().readNBytes(7), StandardCharsets.UTF_8));
      Thread.sleep(1_500);
      child.destroyForcibly();
      assertTrue(child.waitFor(20, TimeUnit.SECONDS));
      Set<UUID> written = spooledUuids(spool);
      Set<UUID> deliveredBefore = uuids(server.acceptedEvents());
      assertTrue(written.size() + deliveredBefore.size() > 500, "the burst ran: " + written.size() + " on disk");

      server.policy((n, body) -> Reply.ok());
      try (TelemetryClient next = TelemetryClient.create(client(server.uri()).build())) {
        assertTrue(next.flush(FLUSH).completed(), next.stats().toString());
        DeliveryStats stats = next.stats();
        assertEquals(0, stats.tracked());
        assertTrue(stats.sentFromSpool() > 0, stats.toString());
      }
      Map<UUID, Integer> arrivals = counts(server.acceptedEvents());
      for (UUID uuid : written) {
        assertTrue(arrivals.containsKey(uuid), "spooled before the kill, never delivered: " + uuid);
      }
      // Only the batch whose reply was on its way at the kill can arrive twice (PostHog keeps one).
      long twice = arrivals.values().stream().filter(n -> n > 1).count();
      assertTrue(twice <= 500, twice + " events arrived twice");
      assertTrue(spooledUuids(spool).isEmpty(), "everything sent is deleted");
    }
  }

  @Test
  void anOutageLongerThanTheRetryBudgetLosesNothing() throws Exception {
    try (CaptureServer server = CaptureServer.start()) {
      long upAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
      server.policy((n, body) -> System.nanoTime() - upAt < 0 ? Reply.status(503) : Reply.ok());
      try (TelemetryClient client =
          TelemetryClient.create(client(server.uri()).retry(Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(200)).build())) {
        for (int i = 0; i < 50; i++) {
          client.track(RequestCreated.numbered("req_" + i));
        }
        long deadline = System.nanoTime() + FLUSH.toNanos();
        while (client.stats().delivered() < 50 && System.nanoTime() < deadline) {
          client.flush(Duration.ofSeconds(1));
        }
        DeliveryStats stats = client.stats();
        assertEquals(50, stats.delivered(), stats.toString());
        assertEquals(0, stats.failed());
      }
      Map<UUID, Integer> arrivals = counts(server.acceptedEvents());
      assertEquals(50, arrivals.size());
      assertTrue(arrivals.values().stream().allMatch(n -> n == 1));
    }
  }

  @Test
  void closeWritesWhatIsQueuedAndTheNextRunSendsItOnce() throws Exception {
    URI nobody = CaptureServer.nobodyListening();
    Process first = child(nobody, "first", "300");
    String out = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue(), out);
    assertTrue(out.contains("spooled=300"), out);
    assertEquals(300, spooledUuids(spool).size());

    try (CaptureServer server = CaptureServer.start();
        TelemetryClient next = TelemetryClient.create(client(server.uri()).build())) {
      assertTrue(next.flush(FLUSH).completed());
      assertEquals(300, next.stats().sentFromSpool());
      Map<UUID, Integer> arrivals = counts(server.acceptedEvents());
      assertEquals(300, arrivals.size());
      assertTrue(arrivals.values().stream().allMatch(n -> n == 1));
    }
  }

  @Test
  void processesSharingASpoolNeverSendAnEventTwice() throws Exception {
    URI nobody = CaptureServer.nobodyListening();
    Process earlier = child(nobody, "earlier", "400");
    assertTrue(earlier.waitFor(30, TimeUnit.SECONDS));
    try (CaptureServer server = CaptureServer.start()) {
      server.policy((n, body) -> Reply.ok().after(Duration.ofMillis(20)));
      List<Process> both = List.of(child(server.uri(), "b", "200"), child(server.uri(), "c", "200"));
      for (Process process : both) {
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
      }
      try (TelemetryClient last = TelemetryClient.create(client(server.uri()).build())) {
        assertTrue(last.flush(FLUSH).completed());
      }
      Map<UUID, Integer> arrivals = counts(server.acceptedEvents());
      assertEquals(800, arrivals.size(), "every event of the three runs");
      assertTrue(arrivals.values().stream().allMatch(n -> n == 1), "none twice");
    }
  }

  @Test
  void damagedAndTruncatedSegmentsAreSkippedNeverSentNeverACrash() throws Exception {
    URI nobody = CaptureServer.nobodyListening();
    try (TelemetryClient client = TelemetryClient.create(client(nobody).build())) {
      for (int i = 0; i < 100; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
    }
    Path segment = segments(spool).get(0);
    byte[] bytes = Files.readAllBytes(segment);
    List<SegmentFormat.Stored> records = SegmentFormat.read(bytes).records();
    assertEquals(100, records.size());
    // A flipped byte inside record 10's JSON, and a tail cut in the middle of record 99.
    bytes[records.get(10).offset() + SegmentFormat.RECORD_OVERHEAD + 40] ^= 0x5a;
    byte[] cut = java.util.Arrays.copyOf(bytes, records.get(99).offset() + 20);
    Files.write(segment, cut);

    try (CaptureServer server = CaptureServer.start();
        TelemetryClient next = TelemetryClient.create(client(server.uri()).build())) {
      assertTrue(next.flush(FLUSH).completed());
      DeliveryStats stats = next.stats();
      assertEquals(98, stats.sentFromSpool(), stats.toString());
      assertEquals(2, stats.droppedFromSpool(), "the damaged record and the cut-off one: " + stats);
      assertEquals(98, server.acceptedEvents().size());
      for (Map<String, Object> event : server.acceptedEvents()) {
        assertFalse(event.toString().contains("req_10,"), "the damaged record was not sent");
      }
    }
  }

  @Test
  void anUnusableSpoolDirectoryFallsBackToMemoryAndStillDelivers() throws Exception {
    Path notADirectory = Files.writeString(spool.resolve("a-file"), "x");
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client =
            TelemetryClient.create(Configs.fast().endpoint(server.uri()).spool(notADirectory.resolve("spool")).build())) {
      for (int i = 0; i < 10; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(client.flush(FLUSH).completed());
      assertEquals(10, client.stats().delivered());
      assertEquals(0, client.stats().spooled());
    }
  }

  @Test
  void switchingTelemetryOffDeletesWhatIsSpooledAndSendsNoneOfIt() throws Exception {
    URI nobody = CaptureServer.nobodyListening();
    try (TelemetryClient client = TelemetryClient.create(client(nobody).build())) {
      for (int i = 0; i < 20; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
    }
    assertEquals(20, spooledUuids(spool).size());
    try (CaptureServer server = CaptureServer.start()) {
      TelemetryClient off =
          TelemetryClient.create(
              client(server.uri()).environment("TELEMETRY", Map.of("DO_NOT_TRACK", "yes")).build());
      assertFalse(off.enabled());
      off.close();
      assertTrue(segments(spool).isEmpty(), "opt-out deleted the spool");
      try (TelemetryClient on = TelemetryClient.create(client(server.uri()).build())) {
        assertTrue(on.flush(FLUSH).completed());
      }
      assertEquals(0, server.requestCount());
    }
  }

  @Test
  void pastItsSizeBoundTheSpoolDropsTheOldestSegmentAndCountsIt() throws Exception {
    URI nobody = CaptureServer.nobodyListening();
    try (TelemetryClient client = TelemetryClient.create(client(nobody).build())) {
      for (int i = 0; i < 300; i++) {
        client.track(RequestCreated.numbered("old_" + i));
      }
    }
    long oldBytes = Files.size(segments(spool).get(0));
    try (TelemetryClient client =
        TelemetryClient.create(
            client(nobody)
                .spoolLimits(oldBytes, Duration.ofDays(30))
                .retry(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(100))
                .build())) {
      for (int i = 0; i < 10; i++) {
        client.track(RequestCreated.numbered("new_" + i));
      }
      // The flush writes the new events past the bound. The old segment is dropped once it is
      // not being sent (nobody listens, so each try is postponed), which may be after the flush.
      client.flush(Duration.ofSeconds(3));
      DeliveryStats stats = client.stats();
      for (long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
          stats.droppedFromSpool() < 300 && System.nanoTime() < deadline;
          stats = client.stats()) {
        Thread.sleep(20);
      }
      assertEquals(300, stats.droppedFromSpool(), stats.toString());
      assertEquals(10, stats.spooled(), stats.toString());
    }
    assertEquals(10, spooledUuids(spool).size(), "only the newest events are left");
  }

  @Test
  void pastItsAgeBoundASpooledSegmentIsDroppedNotSent() throws Exception {
    URI nobody = CaptureServer.nobodyListening();
    try (TelemetryClient client = TelemetryClient.create(client(nobody).build())) {
      for (int i = 0; i < 25; i++) {
        client.track(RequestCreated.numbered("old_" + i));
      }
    }
    Files.setLastModifiedTime(
        segments(spool).get(0), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofDays(31))));
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient next = TelemetryClient.create(client(server.uri()).build())) {
      assertTrue(next.flush(FLUSH).completed());
      assertEquals(25, next.stats().droppedFromSpool(), next.stats().toString());
      assertEquals(0, server.requestCount());
      assertTrue(segments(spool).isEmpty());
    }
  }

  @Test
  void aShortRunSendsABacklogOlderThanAMinuteWithoutAFlush() throws Exception {
    spoolWithNobodyListening(30);
    Path segment = segments(spool).get(0);
    String old = Spool.segmentName(System.currentTimeMillis() - DeliveryLoop.BACKLOG_OVERDUE_MILLIS - 5_000);
    Files.move(segment, segment.resolveSibling(old));
    try (CaptureServer server = CaptureServer.start()) {
      long start = System.nanoTime();
      try (TelemetryClient next = TelemetryClient.create(client(server.uri()).build())) {
        // No flush: the overdue backlog is sent from the start, not after BACKLOG_START_MILLIS.
        assertTrue(server.awaitRequests(1, Duration.ofSeconds(20)));
        long firstRequestMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(firstRequestMillis < DeliveryLoop.BACKLOG_START_MILLIS, firstRequestMillis + " ms");
        assertTrue(server.awaitAcceptedEvents(30, Duration.ofSeconds(20)), server.acceptedEvents().size() + " arrived");
      }
    }
  }

  @Test
  void aShortRunLeavesAYoungBacklogForALongerRun() throws Exception {
    spoolWithNobodyListening(30);
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient next = TelemetryClient.create(client(server.uri()).build())) {
      Thread.sleep(DeliveryLoop.BACKLOG_START_MILLIS / 2);
      assertEquals(0, server.requestCount(), "a run that ends this soon opens no connection for it");
    }
    assertEquals(30, spooledUuids(spool).size(), "still on disk for the next run");
  }

  private void spoolWithNobodyListening(int events) throws IOException {
    try (TelemetryClient client = TelemetryClient.create(client(CaptureServer.nobodyListening()).build())) {
      for (int i = 0; i < events; i++) {
        client.track(RequestCreated.numbered("old_" + i));
      }
    }
    assertEquals(events, spooledUuids(spool).size());
  }

  private TelemetryConfig.Builder client(URI endpoint) {
    return Configs.fast().endpoint(endpoint).spool(spool).flushInterval(Duration.ofMillis(200));
  }

  private Process child(URI endpoint, String run, String mode) throws IOException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SpoolChild.class.getName(),
            endpoint.toString(),
            spool.toString(),
            run,
            mode)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static List<Path> segments(Path directory) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.seg")) {
      stream.forEach(paths::add);
    }
    return paths;
  }

  // The events on disk and not acknowledged.
  private static Set<UUID> spooledUuids(Path directory) throws IOException {
    Set<UUID> uuids = new HashSet<>();
    for (Path path : segments(directory)) {
      try (SegmentFile file = SegmentFile.claim(path)) {
        if (file == null) {
          continue;
        }
        java.util.BitSet acked = file.acknowledged();
        for (SegmentFormat.Stored stored : file.read().records()) {
          if (!acked.get(stored.offset())) {
            uuids.add(new UUID(stored.entry().uuidHigh(), stored.entry().uuidLow()));
          }
        }
      }
    }
    return uuids;
  }

  private static Set<UUID> uuids(List<Map<String, Object>> events) {
    return counts(events).keySet();
  }

  private static Map<UUID, Integer> counts(List<Map<String, Object>> events) {
    Map<UUID, Integer> counts = new HashMap<>();
    for (Map<String, Object> event : events) {
      counts.merge(UUID.fromString((String) event.get("uuid")), 1, Integer::sum);
    }
    return counts;
  }
}
