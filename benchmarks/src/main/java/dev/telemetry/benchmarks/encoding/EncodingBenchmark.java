package dev.telemetry.benchmarks.encoding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.posthog.PostHogEvent;
import com.posthog.internal.PostHogBatchEvent;
import com.posthog.internal.PostHogSerializer;
import com.posthog.java.shaded.org.json.JSONObject;
import com.posthog.server.PostHogConfig;
import com.segment.analytics.gson.AutoValueAdapterFactory;
import com.segment.analytics.gson.ISO8601DateAdapter;
import com.segment.analytics.gson.ISO8601InstantAdapter;
import com.segment.analytics.messages.Batch;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.TrackMessage;
import dev.telemetry.benchmarks.events.RequestReviewed;
import dev.telemetry.benchmarks.events.RuleCreated;
import dev.telemetry.benchmarks.events.TelemetryWriters;
import dev.telemetry.benchmarks.events.Workload;
import dev.telemetry.benchmarks.peers.JacksonEvents;
import dev.telemetry.benchmarks.peers.PeerEvent;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.encode.BatchBody;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.internal.encode.UuidV7;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measure 1: events per second to turn 1,000 events into the bytes of one batch request body,
 * each client with its own event model and serializer, starting from the same typed events. Every
 * contender does the whole job: hashing identifiers, minting a UUID and a timestamp per event,
 * building its event objects and writing the body. Run with {@code -prof gc}: {@code
 * gc.alloc.rate.norm} is then the bytes allocated per event.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(EncodingBenchmark.EVENTS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class EncodingBenchmark {
  /** Events per batch body; every score is per event. */
  public static final int EVENTS = 1000;

  private static final String LIBRARY = "telemetry-benchmarks";
  private static final String VERSION = "1.0.0";
  private static final TelemetryWriters.RequestReviewedTelemetryWriter REVIEWED =
      new TelemetryWriters.RequestReviewedTelemetryWriter();
  private static final TelemetryWriters.RuleCreatedTelemetryWriter RULE_CREATED =
      new TelemetryWriters.RuleCreatedTelemetryWriter();

  private final List<Object> events = new ArrayList<>(EVENTS);
  private TelemetryConfig config;
  private EventEncoder encoder;
  private ObjectMapper jackson;
  private Gson posthogServerGson;
  private Gson segmentGson;

  /** Builds the events and each contender's serializer once. */
  @Setup
  public void setUp() {
    for (int n = 0; n < EVENTS; n++) {
      events.add(Workload.event(n));
    }
    config = TelemetryConfig.builder().library(LIBRARY, VERSION).build();
    encoder = new EventEncoder(config);
    jackson = JacksonEvents.mapper();
    posthogServerGson = new PostHogSerializer(posthogCoreConfig()).getGson();
    // The Gson that Analytics.Builder configures for its uploads.
    segmentGson =
        new GsonBuilder()
            .registerTypeAdapterFactory(new AutoValueAdapterFactory())
            .registerTypeAdapter(Instant.class, new ISO8601InstantAdapter())
            .registerTypeAdapter(Date.class, new ISO8601DateAdapter())
            .create();
  }

  /**
   * The core configuration that posthog-server hands to its serializer. The SDK builds it in a
   * Kotlin-internal method, which Java reaches only by reflection; this runs once, in setup.
   */
  private static com.posthog.PostHogConfig posthogCoreConfig() {
    try {
      Method asCore = PostHogConfig.class.getMethod("asCoreConfig$posthog_server");
      return (com.posthog.PostHogConfig) asCore.invoke(PostHogConfig.builder("phc_benchmark").build());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("posthog-server no longer has the method that builds its core config", e);
    }
  }

  /** Ours: the writers the processor generated, through {@link EventEncoder}, then {@link BatchBody}. */
  @Benchmark
  public byte[] ours() {
    List<EncodedEvent> encoded = new ArrayList<>(EVENTS);
    for (Object event : events) {
      if (event instanceof RequestReviewed reviewed) {
        encoded.add(encoder.encode(REVIEWED, reviewed, null));
      } else {
        encoded.add(encoder.encode(RULE_CREATED, (RuleCreated) event, null));
      }
    }
    return BatchBody.encode(encoded, config);
  }

  /** Plain Jackson databind: equivalent POJOs, {@code writeValueAsBytes} of the batch. */
  @Benchmark
  public byte[] jackson() throws JsonProcessingException {
    List<JacksonEvents.Envelope> envelopes = new ArrayList<>(EVENTS);
    for (Object event : events) {
      Instant now = Instant.now();
      envelopes.add(JacksonEvents.envelope(
          event, UuidV7.of(now.toEpochMilli()), DateTimeFormatter.ISO_INSTANT.format(now), LIBRARY, VERSION));
    }
    return jackson.writeValueAsBytes(new JacksonEvents.Batch(envelopes));
  }

  /**
   * posthog-server: its {@code PostHogEvent}s (with the {@code $lib} properties its capture adds)
   * written by the Gson of its own serializer, as its queue does for a batch request.
   */
  @Benchmark
  public byte[] posthogServer() {
    List<PostHogEvent> batch = new ArrayList<>(EVENTS);
    for (Object event : events) {
      PeerEvent peer = PeerEvent.of(event);
      Map<String, Object> properties = new LinkedHashMap<>(peer.properties());
      properties.put("$lib", "posthog-server");
      properties.put("$lib_version", "2.3.3");
      batch.add(new PostHogEvent(peer.name(), peer.distinctId(), properties, new Date(), UUID.randomUUID(),
          null, null, null, null));
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(512 * EVENTS);
    try (Writer writer = new OutputStreamWriter(body, StandardCharsets.UTF_8)) {
      posthogServerGson.toJson(new PostHogBatchEvent("phc_benchmark", batch, new Date()), writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return body.toByteArray();
  }

  /**
   * posthog-java: the {@code JSONObject} per event that its {@code capture} builds, and the body
   * that its {@code HttpSender} builds from them.
   */
  @Benchmark
  public byte[] posthogJava() {
    List<JSONObject> batch = new ArrayList<>(EVENTS);
    for (Object event : events) {
      PeerEvent peer = PeerEvent.of(event);
      JSONObject json = new JSONObject();
      json.put("uuid", UUID.randomUUID().toString());
      json.put("timestamp", Instant.now().toString());
      json.put("distinct_id", peer.distinctId());
      json.put("event", peer.name());
      Map<String, Object> properties = new LinkedHashMap<>(peer.properties());
      properties.put("$lib", "posthog-java");
      json.put("properties", properties);
      batch.add(json);
    }
    return new JSONObject().put("api_key", "phc_benchmark").put("batch", batch).toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Segment: its {@code TrackMessage}s in a {@code Batch}, written by the Gson its client uses. */
  @Benchmark
  public byte[] segment() {
    List<Message> batch = new ArrayList<>(EVENTS);
    for (Object event : events) {
      PeerEvent peer = PeerEvent.of(event);
      batch.add(TrackMessage.builder(peer.name()).userId(peer.distinctId()).properties(peer.properties()).build());
    }
    return segmentGson.toJson(Batch.create(Map.of(), batch, "benchmark-write-key")).getBytes(StandardCharsets.UTF_8);
  }
}
