package dev.telemetry.runtime.internal.spool;

import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in child JVMs by {@link SpoolTest}. Arguments: the collector URI, the spool directory, a
 * name for this run's events, then {@code burst} (track 2,000 events a second until killed) or
 * {@code N} (track N events and close at once, without waiting for the network).
 */
public final class SpoolChild {
  private SpoolChild() {}

  public static void main(String[] args) throws InterruptedException {
    TelemetryClient client =
        TelemetryClient.create(
            Configs.fast()
                .endpoint(URI.create(args[0]))
                .spool(Path.of(args[1]))
                .flushInterval(Duration.ofMillis(100))
                .build());
    String run = args[2];
    if (args[3].equals("burst")) {
      System.out.println("started");
      for (int i = 0; ; i++) {
        client.track(RequestCreated.numbered(run + "_" + i));
        if (i % 20 == 19) {
          Thread.sleep(10);
        }
      }
    }
    int events = Integer.parseInt(args[3]);
    for (int i = 0; i < events; i++) {
      client.track(RequestCreated.numbered(run + "_" + i));
    }
    client.close();
    System.out.println("closed: " + client.stats());
  }
}
