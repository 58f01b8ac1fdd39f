package dev.telemetry.runtime;

import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import java.net.URI;
import java.time.Duration;

/**
 * Run in a child JVM by {@link LifecycleTest}: tracks events and returns from {@code main} without
 * ever closing the client. Arguments: the collector URI, then {@code hook} or {@code no-hook}.
 */
public final class ChildMain {
  private ChildMain() {}

  /**
   * Tracks five events and returns; without the hook it first waits a little (against a hanging
   * collector) so that a request is in flight when {@code main} returns.
   */
  public static void main(String[] args) {
    TelemetryClient client =
        TelemetryClient.create(
            Configs.fast()
                .endpoint(URI.create(args[0]))
                .shutdownHook(args[1].equals("hook"))
                .closeTimeout(Duration.ofSeconds(10))
                .batch(args[1].equals("hook") ? 100 : 1, 1 << 20)
                .build());
    for (int i = 0; i < 5; i++) {
      client.track(RequestCreated.numbered("req_" + i));
    }
    if (!args[1].equals("hook")) {
      client.flush(Duration.ofSeconds(2));
    }
  }
}
