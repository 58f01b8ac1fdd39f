package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import dev.telemetry.runtime.fixtures.CollectingListener;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.IdentifyUserInfo;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.sink.RecordingSink;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** track never throws: every bad input becomes a counted, reported drop. */
class TrackTest {
  private final CollectingListener listener = new CollectingListener();
  private final RecordingSink recording = new RecordingSink();

  private TelemetryClient client() {
    return TelemetryClient.create(Configs.fast().sink(recording).listener(listener).build());
  }

  @Test
  void findsGeneratedWritersThroughTheEventIndex() {
    try (TelemetryClient client = client()) {
      client.track(RequestCreated.example());
      client.track(IdentifyUserInfo.example(), "usr_123");
      assertTrue(client.flush(Duration.ofSeconds(5)).completed());
    }
    recording.assertTrackedOnce("cf:request.created");
    recording.assertTrackedOnce("cf:identify:user_info");
  }

  /** An event class whose writer is broken. */
  record Broken() {}

  @Test
  void badInputIsDroppedWithAReasonNeverThrown() {
    EventWriter<Broken> throwing =
        new EventWriter<>() {
          @Override
          public EventDescriptor descriptor() {
            return new EventDescriptor("cf:test.broken", EventKind.CAPTURE, null, "usr", "tests");
          }

          @Override
          public Class<Broken> eventClass() {
            return Broken.class;
          }

          @Override
          public String distinctId(Broken event) {
            throw new IllegalStateException("broken writer");
          }

          @Override
          public void writeProperties(Broken event, JsonOutput out) {}
        };
    try (TelemetryClient client = client()) {
      client.track(null);
      client.track("not an event");
      client.track(new RequestCreated("", "req_1", true, 1, 1));
      client.track(IdentifyUserInfo.example());
      client.track(throwing, new Broken());
      assertTrue(client.flush(Duration.ofSeconds(5)).completed());
      DeliveryStats stats = client.stats();
      assertEquals(5, stats.tracked());
      assertEquals(1, stats.dropped(DropReason.UNKNOWN_EVENT));
      assertEquals(2, stats.dropped(DropReason.EMPTY_IDENTIFIER));
      assertEquals(2, stats.dropped(DropReason.INVALID_EVENT));
      assertTrue(stats.balanced());
    }
    recording.assertNothingTracked();
    assertEquals(5, listener.dropped.size());
    CollectingListener.Drop unknown = listener.dropped.get(1);
    assertEquals("java.lang.String", unknown.eventName());
    assertTrue(unknown.detail().contains("@TelemetryEvent"), unknown.detail());
  }

  @Test
  void aThrowingListenerDoesNotReachTheCaller() {
    TelemetryListener angry =
        new TelemetryListener() {
          @Override
          public void onDropped(String eventName, DropReason reason, String detail) {
            throw new IllegalStateException("listener bug");
          }
        };
    try (TelemetryClient client = TelemetryClient.create(Configs.fast().sink(recording).listener(angry).build())) {
      client.track("unknown");
      assertEquals(1, client.stats().dropped(DropReason.UNKNOWN_EVENT));
    }
  }
}
