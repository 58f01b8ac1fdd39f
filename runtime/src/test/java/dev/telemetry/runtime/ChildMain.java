package dev.telemetry.runtime;

import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;

/**
 * Run in a child JVM by {@link LifecycleTest}: tracks events and returns from {@code main} without
 * ever closing the client. Arguments: the collector URI, then {@code hook} or {@code no-hook}.
 */
public final class ChildMain {
  private ChildMain() {}

  /**
   * Tracks five events and returns; without the hook it first waits until the parent closes its
   * standard input, which the parent does once the (hanging) collector has the request, so that a
   * request is surely in flight when {@code main} returns.
   */
  public static void main(String[] args) throws IOException {
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
      // A fixed wait here would be a guess: on a loaded machine the first send can take longer.
      System.in.transferTo(OutputStream.nullOutputStream());
    }
  }
}
