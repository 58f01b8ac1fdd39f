package dev.telemetry.benchmarks.cli;

import dev.telemetry.benchmarks.contenders.Contender;
import dev.telemetry.benchmarks.contenders.Contenders;
import dev.telemetry.benchmarks.events.Workload;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.TelemetryConfig;
import java.net.URI;
import java.nio.file.Path;

/**
 * A command-line program as products write them: it does its (here, empty) work, and sends one
 * telemetry event on the way out. Arguments: the client ({@code none}, {@code ours-spool}, or a
 * name of {@link Contenders}), the collector URI, the spool directory (for {@code ours-spool}) and
 * the number of the event to send (so that the collector can tell runs apart).
 */
public final class TinyCli {
  /** The program without telemetry. */
  public static final String NONE = "none";
  /** Our client with a spool: close writes the event to disk, the next run sends it. */
  public static final String OURS_SPOOL = "ours-spool";
  /** A run that tracks nothing and sends what the spool holds, waiting for it (flush). */
  public static final String OURS_SPOOL_DRAIN = "ours-spool-drain";

  private TinyCli() {}

  public static void main(String[] args) {
    String client = args[0];
    URI collector = URI.create(args[1]);
    Object event = Workload.event(Integer.parseInt(args[3]));
    if (client.equals(NONE)) {
      return;
    }
    if (client.equals(OURS_SPOOL) || client.equals(OURS_SPOOL_DRAIN)) {
      try (TelemetryClient telemetry =
          TelemetryClient.create(
              TelemetryConfig.builder()
                  .endpoint(collector)
                  .library("tiny-cli", "1.0.0")
                  .spool(Path.of(args[2]))
                  .build())) {
        if (client.equals(OURS_SPOOL)) {
          telemetry.track(event);
        } else {
          telemetry.flush(java.time.Duration.ofSeconds(10));
        }
      }
      return;
    }
    // Each peer closes as its documentation asks at shutdown (see the contenders).
    try (Contender peer = Contenders.create(client, collector)) {
      peer.track(event);
    }
  }
}
