package dev.telemetry.runtime.internal.encode;

import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventKind;
import dev.telemetry.runtime.event.EventRejectedException;
import dev.telemetry.runtime.event.EventWriter;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Encodes one event into PostHog's batch format, exactly as the client sends it; usable without a
 * client (the documentation generator uses it, so examples cannot drift from the wire).
 *
 * <p>The shapes, matching analytics-go: a capture event has {@code event}, {@code distinct_id},
 * {@code timestamp}, {@code library}, {@code library_version}, {@code type: "capture"} and its
 * properties next to {@code $groups}, {@code $lib}, {@code $lib_version}; an identify event is
 * {@code $identify} with {@code type: "identify"} and its properties in {@code $set}; a
 * group-identify event is {@code $groupidentify} with distinct ID {@code $<type>_<key>} and its
 * properties in {@code $group_set} next to {@code $group_type} and {@code $group_key}. Every event
 * also has a {@code uuid} and, unless switched off, {@code "$geoip_disable": true} and {@code
 * "$ip": null}. Thread-safe.
 */
public final class EventEncoder {
  // One writer per thread, reset per event: its buffer is allocated once, not grown per event.
  // While it is in use, an event tracked from inside an event writer gets a writer of its own.
  private static final ThreadLocal<JsonWriter> WRITERS = new ThreadLocal<>();

  private final TelemetryConfig config;
  // Per event kind, the members from library to $ip: the same for every event of this
  // configuration, so they are written once here and copied into each event.
  private final JsonWriter.Fragment[] envelopes = new JsonWriter.Fragment[EventKind.values().length];

  /** An encoder for the library, group, hashing, clock and UUIDs of {@code config}. */
  public EventEncoder(TelemetryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    for (EventKind kind : EventKind.values()) {
      envelopes[kind.ordinal()] = envelope(kind);
    }
  }

  private JsonWriter.Fragment envelope(EventKind kind) {
    JsonWriter out = new JsonWriter(config.wire().hasher(), Integer.MAX_VALUE);
    // One member stands for those before the envelope, which differ per event.
    out.beginObject().name("timestamp").nullValue();
    JsonWriter.Position start = out.position();
    writeEnvelope(out, kind);
    return out.fragmentSince(start);
  }

  private void writeEnvelope(JsonWriter out, EventKind kind) {
    out.name("library").constant(config.wire().libraryName());
    out.name("library_version").constant(config.wire().libraryVersion());
    if (kind != EventKind.GROUP_IDENTIFY) {
      out.name("type").constant(kind == EventKind.IDENTIFY ? "identify" : "capture");
    }
    out.name("properties").beginObject();
    if (kind != EventKind.GROUP_IDENTIFY && config.wire().groupType() != null) {
      out.name("$groups").beginObject().name(config.wire().groupType()).value(config.wire().groupKey()).endObject();
    }
    out.name("$lib").constant(config.wire().libraryName());
    out.name("$lib_version").constant(config.wire().libraryVersion());
    if (config.wire().privacyProperties()) {
      out.name("$geoip_disable").value(true);
      out.name("$ip").nullValue();
    }
  }

  /**
   * Encodes one event.
   *
   * @param writer the event's writer
   * @param event the event
   * @param givenDistinctId the raw distinct ID for events whose catalogue distinct ID is {@code
   *     {hash: PREFIX}} (the writer returns null for them), or the group key of a group-identify
   *     event when it is not the configured group's; otherwise null
   * @throws EventEncodingException when the event must be dropped, with the reason
   */
  public <E> EncodedEvent encode(EventWriter<E> writer, E event, String givenDistinctId) {
    return encodeWith(writer, event, givenDistinctId, null, null);
  }

  /**
   * Encodes one event with a {@code uuid} and {@code timestamp} taken earlier, so that an event
   * encoded later (the client encodes immutable events on its delivery thread) carries the time it
   * was tracked and the same bytes as one encoded at once.
   *
   * @param writer the event's writer
   * @param event the event
   * @param givenDistinctId as for {@link #encode(EventWriter, Object, String)}
   * @param uuid the event's {@code uuid}
   * @param timestamp the event's {@code timestamp}
   * @throws EventEncodingException when the event must be dropped, with the reason
   */
  public <E> EncodedEvent encode(
      EventWriter<E> writer, E event, String givenDistinctId, UUID uuid, Instant timestamp) {
    return encodeWith(
        writer,
        event,
        givenDistinctId,
        Objects.requireNonNull(uuid, "uuid"),
        Objects.requireNonNull(timestamp, "timestamp"));
  }

  // A null uuid or timestamp is taken from the configuration at the point the event is written.
  private <E> EncodedEvent encodeWith(
      EventWriter<E> writer, E event, String givenDistinctId, UUID givenUuid, Instant givenTime) {
    EventDescriptor descriptor = writer.descriptor();
    JsonWriter kept = WRITERS.get();
    JsonWriter out;
    if (kept != null && !kept.inUse()) {
      out = kept;
      out.reset(config.wire().hasher(), config.delivery().maxEventBytes());
    } else {
      // The first event of this thread, or one that an event writer tracks while it writes.
      out = new JsonWriter(config.wire().hasher(), config.delivery().maxEventBytes());
      if (kept == null) {
        WRITERS.set(out);
      }
    }
    try {
      String distinctId = distinctId(writer, event, givenDistinctId);
      // Taken apart here, so that the JIT can often leave the objects unallocated.
      UUID uuid = givenUuid != null ? givenUuid : config.wire().uuidSupplier().get();
      long uuidHigh = uuid.getMostSignificantBits();
      long uuidLow = uuid.getLeastSignificantBits();
      Instant timestamp = givenTime != null ? givenTime : config.wire().clock().instant();
      out.beginObject();
      out.name("uuid").uuid(uuidHigh, uuidLow);
      writeEvent(out, writer, event, distinctId, timestamp.getEpochSecond(), timestamp.getNano());
      return EncodedEvent.of(descriptor.name(), uuidHigh, uuidLow, out.toByteArray());
    } catch (EventEncodingException e) {
      throw new EventEncodingException(e.reason(), descriptor.name() + ": " + e.getMessage());
    } catch (EventRejectedException e) {
      DropReason reason =
          out.rejectedEmptyIdentifier() ? DropReason.EMPTY_IDENTIFIER : DropReason.INVALID_EVENT;
      throw new EventEncodingException(reason, named(descriptor, e.getMessage()));
    } catch (RuntimeException e) {
      throw new EventEncodingException(
          DropReason.INVALID_EVENT, descriptor.name() + ": its writer failed: " + e);
    } finally {
      out.release();
    }
  }

  /** The reason of a rejection, led by the event's name unless the writer already named it. */
  private static String named(EventDescriptor descriptor, String reason) {
    String prefix = descriptor.name() + ": ";
    return reason != null && reason.startsWith(prefix) ? reason : prefix + reason;
  }

  /**
   * The distinct ID as sent for a group-identify event, or the raw identifier to hash for the
   * others; rejects a missing one before anything is written.
   */
  private <E> String distinctId(EventWriter<E> writer, E event, String givenDistinctId) {
    EventDescriptor descriptor = writer.descriptor();
    if (descriptor.kind() == EventKind.GROUP_IDENTIFY) {
      String key = givenDistinctId;
      if (key == null && descriptor.group().equals(config.wire().groupType())) {
        key = config.wire().groupKey();
      }
      if (key == null || key.isEmpty()) {
        throw new EventEncodingException(
            DropReason.EMPTY_IDENTIFIER,
            "no key for group '" + descriptor.group() + "': configure group(\""
                + descriptor.group() + "\", key) or pass the key to track");
      }
      return "$" + descriptor.group() + "_" + key;
    }
    String prefix = descriptor.distinctIdHashPrefix();
    if (prefix == null) {
      throw new EventEncodingException(
          DropReason.INVALID_EVENT,
          "the descriptor has no distinct-id hash prefix, so its distinct ID cannot be hashed");
    }
    String raw = writer.distinctId(event);
    boolean given = raw == null;
    if (given) {
      raw = givenDistinctId;
    }
    if (raw == null || raw.isEmpty()) {
      throw new EventEncodingException(
          DropReason.EMPTY_IDENTIFIER,
          "the distinct ID is " + (raw == null ? "null" : "empty")
              + (given ? "; pass it to track(event, distinctId)" : ""));
    }
    return raw;
  }

  /** Writes the event after its {@code uuid}, which the caller has written. */
  private <E> void writeEvent(
      JsonWriter out, EventWriter<E> writer, E event, String distinctId, long epochSecond, int nano) {
    EventKind kind = writer.descriptor().kind();
    out.name("event").constant(wireName(writer.descriptor()));
    if (kind == EventKind.GROUP_IDENTIFY) {
      out.name("distinct_id").value(distinctId);
    } else {
      out.name("distinct_id").hashedDistinctId(writer.descriptor().distinctIdHashPrefix(), distinctId);
    }
    out.name("timestamp").instant(epochSecond, nano);
    out.write(envelopes[kind.ordinal()]);
    switch (kind) {
      case CAPTURE:
        writeProperties(out, writer, event);
        out.endObject();
        break;
      case IDENTIFY:
        out.endObject();
        out.name("$set").beginObject();
        writeProperties(out, writer, event);
        out.endObject();
        break;
      case GROUP_IDENTIFY:
        String group = writer.descriptor().group();
        out.name("$group_type").value(group);
        out.name("$group_key").value(distinctId.substring(group.length() + 2));
        out.name("$group_set").beginObject();
        writeProperties(out, writer, event);
        out.endObject();
        out.endObject();
        break;
      default:
        throw new IllegalStateException("unknown event kind " + kind);
    }
    out.endObject();
  }

  private static <E> void writeProperties(JsonWriter out, EventWriter<E> writer, E event) {
    int depth = out.depth();
    writer.writeProperties(event, out);
    if (out.depth() != depth) {
      throw new EventRejectedException(
          "its writer left " + (out.depth() - depth) + " object(s) or array(s) open");
    }
  }

  private static String wireName(EventDescriptor descriptor) {
    switch (descriptor.kind()) {
      case IDENTIFY:
        return "$identify";
      case GROUP_IDENTIFY:
        return "$groupidentify";
      default:
        return descriptor.name();
    }
  }
}
