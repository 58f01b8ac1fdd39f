package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.internal.encode.EventEncodingException;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import dev.telemetry.runtime.fixtures.CollectingListener;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.DeploymentInfo;
import dev.telemetry.runtime.fixtures.IdentifyUserInfo;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.fixtures.RuleCreated;
import dev.telemetry.runtime.sink.RecordingSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Events whose writer hands out an immutable snapshot are encoded on the delivery thread: the same
 * bytes, the time of {@code track}, the same drops, and flush still waits for them.
 */
class DeferredEncodingTest {
  private static final UUID FIXED_UUID = UUID.fromString("0190b3c4-0000-7000-8000-000000000001");

  private final CollectingListener listener = new CollectingListener();

  private TelemetryClient client(TelemetryConfig.Builder builder) {
    return TelemetryClient.create(builder.sink(new RecordingSink()).listener(listener).build());
  }

  @Test
  void anEventEncodedLaterHasTheBytesOfOneEncodedAtOnce() {
    TelemetryConfig.Builder fixed = Configs.fast().apiKey("phc_test").uuidSupplier(() -> FIXED_UUID);
    EventEncoder atOnce = new EventEncoder(fixed.build());
    List<byte[]> expected =
        List.of(
            atOnce.encode(RequestCreated.Writer.INSTANCE, RequestCreated.example(), null).bytes(),
            atOnce.encode(RuleCreated.Writer.INSTANCE, RuleCreated.example(), null).bytes(),
            atOnce.encode(IdentifyUserInfo.Writer.INSTANCE, IdentifyUserInfo.example(), "usr_123").bytes(),
            atOnce.encode(DeploymentInfo.Writer.INSTANCE, DeploymentInfo.example(), null).bytes());
    try (TelemetryClient client = client(fixed)) {
      client.track(RequestCreated.example());
      client.track(RuleCreated.example());
      client.track(IdentifyUserInfo.example(), "usr_123");
      client.track(DeploymentInfo.example());
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    assertEquals(4, listener.delivered.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), listener.delivered.get(i).bytes(), listener.delivered.get(i).json());
    }
  }

  @Test
  void theTimestampAndUuidAreTakenAtTrack() {
    SettableClock clock = new SettableClock(Instant.parse("2026-01-02T03:04:05.123456Z"));
    AtomicInteger minted = new AtomicInteger();
    try (TelemetryClient client =
        client(Configs.fast().clock(clock).uuidSupplier(() -> new UUID(0, minted.incrementAndGet())))) {
      client.track(RequestCreated.example());
      clock.set(Instant.parse("2030-01-01T00:00:00Z"));
      assertEquals(1, minted.get(), "the uuid was minted at track");
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    EncodedEvent delivered = listener.delivered.get(0);
    assertEquals(new UUID(0, 1), delivered.uuid());
    assertTrue(delivered.json().contains("\"timestamp\":\"2026-01-02T03:04:05.123456Z\""), delivered.json());
    assertEquals(1, minted.get());
  }

  @Test
  void defaultUuidsAreVersion7FromTheTimeOfTrack() {
    Instant tracked = Instant.parse("2026-01-02T03:04:05.123456Z");
    SettableClock clock = new SettableClock(tracked);
    try (TelemetryClient client = client(Configs.fast().clock(clock))) {
      client.track(RequestCreated.example());
      client.track(RequestCreated.example());
      clock.set(Instant.parse("2030-01-01T00:00:00Z"));
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    UUID first = listener.delivered.get(0).uuid();
    assertEquals(7, first.version());
    assertEquals(2, first.variant());
    assertEquals(tracked.toEpochMilli(), first.getMostSignificantBits() >>> 16);
    assertFalse(first.equals(listener.delivered.get(1).uuid()), "each event has its own uuid");
  }

  @Test
  void aRejectionWhenEncodedIsCountedAndReportedAsAtTrackAndSparesTheRestOfTheBatch() {
    RequestCreated empty = new RequestCreated("", "req_bad", true, 1, 1);
    EventEncodingException atTrack =
        assertThrows(
            EventEncodingException.class,
            () -> new EventEncoder(Configs.fast().build()).encode(RequestCreated.Writer.INSTANCE, empty, null));
    Note failing = new Note("boom");
    try (TelemetryClient client = client(Configs.fast())) {
      client.track(RequestCreated.numbered("req_1"));
      client.track(empty);
      client.track(Note.WRITER, failing);
      client.track(RequestCreated.numbered("req_2"));
      DeliveryStats before = client.stats();
      assertEquals(4, before.pending(), "nothing is encoded before a batch is taken: " + before);
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      DeliveryStats stats = client.stats();
      assertEquals(2, stats.delivered(), stats::toString);
      assertEquals(1, stats.dropped(DropReason.EMPTY_IDENTIFIER), stats::toString);
      assertEquals(1, stats.dropped(DropReason.INVALID_EVENT), stats::toString);
      assertTrue(stats.balanced());

      client.track(RequestCreated.numbered("req_3"));
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(3, client.stats().delivered(), "the delivery thread carries on");
    }
    assertEquals(
        List.of(
            new CollectingListener.Drop("cf:request.created", atTrack.reason(), atTrack.getMessage()),
            new CollectingListener.Drop(
                "cf:test.note", DropReason.INVALID_EVENT,
                "cf:test.note: its writer failed: java.lang.IllegalStateException: no note boom")),
        listener.dropped);
    assertEquals(List.of("req_1", "req_2", "req_3"), requestIds(listener.delivered));
  }

  @Test
  void flushWaitsForEventsStillToEncode() throws InterruptedException {
    Note slow = new Note("slow");
    try (TelemetryClient client = client(Configs.fast())) {
      client.track(Note.WRITER, slow);
      Note.RELEASE.set(new CountDownLatch(1));
      try {
        FlushResult early = client.flush(Duration.ofMillis(100));
        assertFalse(early.completed());
        assertEquals(1, early.stats().pending());
      } finally {
        Note.RELEASE.get().countDown();
      }
      FlushResult done = client.flush(Duration.ofSeconds(10));
      assertTrue(done.completed());
      assertEquals(1, done.stats().delivered());
    } finally {
      Note.RELEASE.set(null);
    }
  }

  @Test
  void withDebugLoggingEveryEventIsEncodedAtTrack() {
    try (TelemetryClient client = client(Configs.fast().debug(true))) {
      int before = Note.SNAPSHOTS.get();
      client.track(new RequestCreated("", "req_bad", true, 1, 1));
      client.track(Note.WRITER, new Note("x"));
      assertEquals(1, client.stats().dropped(DropReason.EMPTY_IDENTIFIER), "dropped inside track");
      assertEquals(before, Note.SNAPSHOTS.get(), "no snapshot is asked for");
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(1, client.stats().delivered());
    }
  }

  @Test
  void eventsThatDoNotFitABatchAreSentNextInOrder() {
    int size =
        new EventEncoder(Configs.fast().build())
            .encode(RequestCreated.Writer.INSTANCE, RequestCreated.numbered("req_0"), null).size();
    RecordingSink sink = new RecordingSink();
    List<Integer> batches = new CopyOnWriteArrayList<>();
    try (TelemetryClient client =
        TelemetryClient.create(
            Configs.fast()
                .batch(100, 2 * size + 10)
                .maxEventBytes(2 * size)
                .sink(
                    batch -> {
                      batches.add(batch.size());
                      return sink.send(batch);
                    })
                .listener(listener)
                .build())) {
      for (int i = 0; i < 5; i++) {
        client.track(RequestCreated.numbered("req_" + i));
      }
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
    }
    assertEquals(List.of(2, 2, 1), batches);
    assertEquals(List.of("req_0", "req_1", "req_2", "req_3", "req_4"), requestIds(listener.delivered));
  }

  @Test
  void aFlushWithNothingQueuedReturnsAtOnce() {
    try (TelemetryClient client = client(Configs.fast())) {
      long start = System.nanoTime();
      assertTrue(client.flush(Duration.ofSeconds(30)).completed());
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
    }
  }

  private static List<String> requestIds(List<EncodedEvent> events) {
    return events.stream()
        .map(e -> e.json().replaceAll(".*\"request_id\":\"([^\"]*)\".*", "$1"))
        .collect(Collectors.toList());
  }

  /** An immutable test event whose writer fails for id "boom" and waits for a latch for id "slow". */
  record Note(String id) {
    static final AtomicInteger SNAPSHOTS = new AtomicInteger();
    static final AtomicReference<CountDownLatch> RELEASE = new AtomicReference<>();
    static final EventWriter<Note> WRITER =
        new EventWriter<>() {
          private final EventDescriptor descriptor =
              new EventDescriptor("cf:test.note", EventKind.CAPTURE, null, "usr", "tests");

          @Override
          public EventDescriptor descriptor() {
            return descriptor;
          }

          @Override
          public Class<Note> eventClass() {
            return Note.class;
          }

          @Override
          public String distinctId(Note event) {
            return "usr_1";
          }

          @Override
          public void writeProperties(Note event, JsonOutput out) {
            if (event.id().equals("boom")) {
              throw new IllegalStateException("no note boom");
            }
            if (event.id().equals("slow")) {
              awaitRelease();
            }
            out.name("id").value(event.id());
          }

          @Override
          public Note snapshot(Note event) {
            SNAPSHOTS.incrementAndGet();
            return event;
          }
        };

    private static void awaitRelease() {
      try {
        // Set by the test right after track: the delivery thread cannot take the event before a flush.
        CountDownLatch release = RELEASE.get();
        if (release != null) {
          release.await(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A clock the test moves. */
  private static final class SettableClock extends Clock {
    private final AtomicReference<Instant> now;

    SettableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
