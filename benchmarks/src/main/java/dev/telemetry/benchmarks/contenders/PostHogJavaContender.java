package dev.telemetry.benchmarks.contenders;

import com.posthog.java.PostHog;
import dev.telemetry.benchmarks.peers.PeerEvent;
import java.net.URI;

/**
 * PostHog's older Java client ({@code com.posthog.java:posthog}) with its defaults. It has no
 * flush call: {@link #flush} does nothing and the client sends on its own schedule; {@link
 * #close} calls {@code shutdown()}, which sends what is queued and stops its thread.
 */
public final class PostHogJavaContender implements Contender {
  private final PostHog client;

  /** A client sending to {@code collector}. */
  public PostHogJavaContender(URI collector) {
    this.client = new PostHog.Builder("phc_benchmark").host(collector.toString()).build();
  }

  @Override
  public void track(Object event) {
    PeerEvent peer = PeerEvent.of(event);
    client.capture(peer.distinctId(), peer.name(), peer.properties());
  }

  @Override
  public void flush() {
    // The client has no flush call; its queue thread sends on its own schedule.
  }

  @Override
  public void close() {
    client.shutdown();
  }
}
