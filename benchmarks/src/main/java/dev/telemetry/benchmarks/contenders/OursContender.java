package dev.telemetry.benchmarks.contenders;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.TelemetryConfig;
import java.net.URI;
import java.time.Duration;

/**
 * Our {@link TelemetryClient} with its default batching, queue and retries. Events are tracked as
 * a product tracks them, {@code track(event)}: the client finds the writer that the annotation
 * processor generated for the event's class in the generated event index. {@link #close} is the
 * shutdown our documentation asks of a product that must not lose events: {@code flush} with a
 * deadline long enough to drain, then {@code close()}, as posthog-java's {@code shutdown()} blocks
 * until its queue is sent.
 */
public final class OursContender implements Contender {
  // Long enough to drain 200,000 events through a collector that fails a quarter of requests.
  private static final Duration DRAIN_DEADLINE = Duration.ofSeconds(120);

  private final TelemetryClient client;

  private OursContender(TelemetryConfig config) {
    this.client = TelemetryClient.create(config);
  }

  /** The client as a product configures it: endpoint, library name and version, nothing else. */
  public static OursContender withDefaults(URI collector) {
    return new OursContender(base(collector).build());
  }

  /** The client with a queue of {@code maxEvents} events (and room for them in bytes). */
  public static OursContender withQueue(URI collector, int maxEvents) {
    return new OursContender(base(collector).queue(maxEvents, maxEvents * 2048L).build());
  }

  private static TelemetryConfig.Builder base(URI collector) {
    return TelemetryConfig.builder().endpoint(collector).library("telemetry-benchmarks", "1.0.0");
  }

  @Override
  public void track(Object event) {
    client.track(event);
  }

  @Override
  public void flush() {
    client.flush(Duration.ofSeconds(30));
  }

  /** The client's own accounting: tracked, delivered, dropped (by reason), failed, pending. */
  public DeliveryStats stats() {
    return client.stats();
  }

  /** Flushes within 120 s, then closes; the caller times both together as the close call. */
  @Override
  public void close() {
    client.flush(DRAIN_DEADLINE);
    client.close();
  }
}
