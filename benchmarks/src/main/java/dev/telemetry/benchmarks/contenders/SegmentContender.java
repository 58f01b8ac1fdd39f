package dev.telemetry.benchmarks.contenders;

import com.segment.analytics.Analytics;
import com.segment.analytics.messages.TrackMessage;
import dev.telemetry.benchmarks.peers.PeerEvent;
import java.net.URI;

/**
 * Segment's analytics-java ({@code com.segment.analytics.java:analytics}) with its defaults. It
 * posts Segment's own format to {@code /v1/import/}, so compare behaviour and cost, not bytes.
 * {@link #flush} calls {@code flush()}; {@link #close} calls {@code flush()} then {@code
 * shutdown()}, as Segment's documentation shows for a clean exit.
 */
public final class SegmentContender implements Contender {
  private final Analytics client;

  /** A client sending to {@code collector}. */
  public SegmentContender(URI collector) {
    this.client = Analytics.builder("benchmark-write-key").endpoint(collector.toString()).build();
  }

  @Override
  public void track(Object event) {
    PeerEvent peer = PeerEvent.of(event);
    client.enqueue(TrackMessage.builder(peer.name()).userId(peer.distinctId()).properties(peer.properties()));
  }

  @Override
  public void flush() {
    client.flush();
  }

  @Override
  public void close() {
    client.flush();
    client.shutdown();
  }
}
