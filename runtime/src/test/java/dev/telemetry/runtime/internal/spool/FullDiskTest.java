package dev.telemetry.runtime.internal.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spool on a disk that fills up while events are written to it: a real tmpfs of 96 KiB, mounted
 * for the test (it needs root, as CI has; elsewhere it reports itself skipped). The client warns
 * once, goes on from memory, and delivers every event.
 */
class FullDiskTest {
  private static final int EVENTS = 3_000;

  @TempDir Path work;
  private Path disk;
  private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
  private final Logger runtimeLog = Logger.getLogger("dev.telemetry.runtime");
  private final Handler collect =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void mountASmallDisk() throws Exception {
    disk = Files.createDirectory(work.resolve("disk"));
    int exit = run("mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", disk.toString());
    Assumptions.assumeTrue(exit == 0, "mounting a tmpfs needs root; the full-disk test is skipped");
    runtimeLog.addHandler(collect);
  }

  @AfterEach
  void unmount() throws Exception {
    runtimeLog.removeHandler(collect);
    run("umount", "-l", disk.toString());
  }

  @Test
  void aDiskThatFillsUpWarnsOnceAndLosesNothing() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client =
            TelemetryClient.create(Configs.fast().endpoint(server.uri()).spool(disk.resolve("spool")).build())) {
      for (int i = 0; i < EVENTS; i++) {
        client.track(RequestCreated.numbered("req_" + i));
        if (i % 500 == 499) {
          client.flush(Duration.ofSeconds(30));
        }
      }
      assertTrue(client.flush(Duration.ofSeconds(30)).completed(), client.stats().toString());
      DeliveryStats stats = client.stats();
      assertEquals(EVENTS, stats.delivered(), stats.toString());
      assertTrue(stats.nothingLost(), stats.toString());
      Set<Object> uuids = new HashSet<>();
      for (Map<String, Object> event : server.acceptedEvents()) {
        uuids.add(event.get("uuid"));
      }
      assertEquals(EVENTS, uuids.size(), "every event arrived");
    }
    List<String> spoolWarnings =
        warnings.stream()
            .map(r -> new java.text.MessageFormat(r.getMessage()).format(r.getParameters()))
            .filter(m -> m.contains("spool"))
            .toList();
    assertEquals(1, spoolWarnings.size(), spoolWarnings.toString());
    assertTrue(spoolWarnings.get(0).contains("No space left on device"), spoolWarnings.get(0));
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }
}
