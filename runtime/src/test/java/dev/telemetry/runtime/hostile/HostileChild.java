package dev.telemetry.runtime.hostile;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import java.net.URI;
import java.time.Duration;

/**
 * Run in a child JVM with a small heap by {@link HostileRepliesTest}: tracks 100 events and
 * flushes (the collector answers them with a hostile reply), then 100 more and flushes again (the
 * collector now answers well), printing the stats after each round as {@code round N: ...}.
 */
public final class HostileChild {
  private HostileChild() {}

  public static void main(String[] args) {
    TelemetryClient client =
        TelemetryClient.create(
            Configs.fast()
                .endpoint(URI.create(args[0]))
                .retry(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(1))
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))
                .build());
    for (int round = 1; round <= 2; round++) {
      for (int i = 0; i < 100; i++) {
        client.track(RequestCreated.numbered("req_" + round + "_" + i));
      }
      client.flush(Duration.ofSeconds(20));
      System.out.println("round " + round + ": " + line(client.stats()));
    }
    client.close();
  }

  static String line(DeliveryStats stats) {
    return "tracked=" + stats.tracked() + " delivered=" + stats.delivered() + " dropped=" + stats.dropped()
        + " failed=" + stats.failed() + " pending=" + stats.pending();
  }
}
