package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.TelemetryListener;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.sink.RecordingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated code carries each event's expiry date, and the runtime drops an event tracked after
 * it ({@link DropReason#EXPIRED}, counted every time, logged once per event): an installation that
 * is never upgraded stops collecting on time. Both kinds of writer, generated and annotated, with a
 * clock that the test moves across midnight UTC.
 */
class ExpiredEventDropTest {
  private static final String CATALOGUE = """
      catalogue: 1
      namespace: ns
      product: P
      events:
        ns:app.started:
          emitted-when: The app starts
          purpose: Counts starts.
          owner: platform
          expires: 2026-06-30
          expires-reason: Until the start-up rework has been measured.
          data-category: technical
          distinct-id: { hash: ins }
          properties:
            count: { type: integer, description: How many. }
        ns:job.done:
          emitted-when: A job is done
          purpose: Counts jobs.
          expires: 2026-06-30
          expires-reason: Until the job rework has been measured.
          distinct-id: { hash: ins }
          properties:
            count: { type: integer, description: How many. }
        ns:app.stopped:
          emitted-when: The app stops
          purpose: Counts stops.
          distinct-id: { hash: ins }
          properties:
            count: { type: integer, description: How many. }
      """;

  private static final Instant LAST_SECOND = Instant.parse("2026-06-30T23:59:59Z");
  private static final Instant NEXT_DAY = Instant.parse("2026-07-01T00:00:00Z");

  @TempDir static Path dir;
  private static CompiledClasses classes;
  private static Compilation compilation;

  @BeforeAll
  static void compile() throws IOException {
    Path catalogue = dir.resolve("catalogue.yaml");
    Files.writeString(catalogue, CATALOGUE);
    Clock buildDay = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    compilation = Compiler.javac()
        .withProcessors(new TelemetryProcessor(buildDay, Map.of()))
        .withOptions("-Atelemetry.catalogue=" + catalogue, "-Atelemetry.docs=false", "-Xlint:all,-processing", "-Werror")
        .compile(TelemetryCompiler.source("com.example.JobDone", """
            package com.example;
            import dev.telemetry.annotations.TelemetryEvent;
            @TelemetryEvent("ns:job.done")
            public record JobDone(long count) {}
            """));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  void theGeneratedDescriptorsCarryTheExpiryDate() throws Exception {
    assertThat(compilation).generatedSourceFile("telemetry/ns/AppStartedWriter").contentsAsUtf8String()
        .contains("LocalDate.of(2026, 6, 30)");
    assertEquals(LocalDate.of(2026, 6, 30), writer("telemetry.ns.AppStartedWriter").descriptor().expiresAfter());
    assertEquals(LocalDate.of(2026, 6, 30),
        writer("com.example.TelemetryWriters$JobDoneTelemetryWriter").descriptor().expiresAfter());
    assertNull(writer("telemetry.ns.AppStoppedWriter").descriptor().expiresAfter());
  }

  @Test
  void anEventTrackedAfterItsExpiryIsDroppedCountedAndLoggedOnce() throws Exception {
    MovableClock clock = new MovableClock(LAST_SECOND);
    RecordingSink sink = new RecordingSink();
    List<String> dropped = Collections.synchronizedList(new ArrayList<>());
    TelemetryListener listener = new TelemetryListener() {
      @Override
      public void onDropped(String eventName, DropReason reason, String detail) {
        dropped.add(reason + " " + detail);
      }
    };
    List<String> logged = Collections.synchronizedList(new ArrayList<>());
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getMessage() != null && record.getMessage().contains("dropped from now on")) {
          logged.add(java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger runtimeLog = Logger.getLogger("dev.telemetry.runtime");
    runtimeLog.addHandler(handler);
    try (TelemetryClient client = TelemetryClient.create(
        TelemetryConfig.builder().sink(sink).listener(listener).clock(clock).build())) {
      trackAll(client); // the last second of the last day: still collected
      clock.set(NEXT_DAY);
      trackAll(client);
      trackAll(client);
      assertTrue(client.flush(Duration.ofSeconds(10)).completed());
      assertEquals(4, client.stats().dropped(DropReason.EXPIRED));
    } finally {
      runtimeLog.removeHandler(handler);
    }

    assertEquals(1, sink.events("ns:app.started").size());
    assertEquals(1, sink.events("ns:job.done").size());
    assertEquals(3, sink.events("ns:app.stopped").size(), "an event without an expiry is always sent");
    assertEquals(4, dropped.size());
    assertEquals("EXPIRED the catalogue's expiry of ns:app.started was 2026-06-30; it is no longer collected",
        dropped.get(0));
    assertEquals(List.of(
            "telemetry event ns:app.started dropped from now on: the catalogue's expiry of ns:app.started was "
                + "2026-06-30; it is no longer collected",
            "telemetry event ns:job.done dropped from now on: the catalogue's expiry of ns:job.done was "
                + "2026-06-30; it is no longer collected"),
        logged);
  }

  private static void trackAll(TelemetryClient client) throws ReflectiveOperationException {
    client.track(writer("telemetry.ns.AppStartedWriter"), classes.construct("telemetry.ns.AppStarted", "ins_1", 1L));
    client.track(writer("com.example.TelemetryWriters$JobDoneTelemetryWriter"),
        classes.construct("com.example.JobDone", 1L), "ins_1");
    client.track(writer("telemetry.ns.AppStoppedWriter"), classes.construct("telemetry.ns.AppStopped", "ins_1", 1L));
  }

  @SuppressWarnings("unchecked")
  private static EventWriter<Object> writer(String className) throws ReflectiveOperationException {
    return (EventWriter<Object>) classes.construct(className);
  }

  /** A clock the test sets. */
  private static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void set(Instant instant) {
      now.set(instant);
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
