package dev.telemetry.benchmarks.contenders;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.telemetry.benchmarks.peers.PeerEvent;
import java.net.URI;

/**
 * PostHog's JVM server SDK ({@code com.posthog:posthog-server}) with its default batching (flush
 * at 20 events, batches of 50, a queue of 1,000 that discards the oldest event when full). Feature
 * flag preloading is switched off: it is not about sending events, and the collector does not
 * serve flags. {@link #flush} calls {@code flush()}; {@link #close} calls
 * {@code close()}, which is what its documentation asks for at shutdown.
 */
public final class PostHogServerContender implements Contender {
  private final PostHogInterface client;

  /** A client sending to {@code collector}. */
  public PostHogServerContender(URI collector) {
    PostHogConfig config =
        PostHogConfig.builder("phc_benchmark")
            .host(collector.toString())
            .preloadFeatureFlags(false)
            .sendFeatureFlagEvent(false)
            .build();
    this.client = PostHog.with(config);
  }

  @Override
  public void track(Object event) {
    PeerEvent peer = PeerEvent.of(event);
    client.capture(
        peer.distinctId(),
        peer.name(),
        PostHogCaptureOptions.builder().properties(peer.properties()).build());
  }

  @Override
  public void flush() {
    client.flush();
  }

  @Override
  public void close() {
    client.close();
  }
}
