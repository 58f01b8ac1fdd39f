package dev.telemetry.runtime.internal.queue;

import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.internal.encode.EventEncodingException;
import dev.telemetry.runtime.event.EventWriter;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event in the queue: either encoded already (on the caller's thread), or an immutable
 * snapshot with its writer, raw distinct ID, {@code uuid} and {@code timestamp}, encoded on the
 * delivery thread when a batch is built. It is its own queue link, so queuing allocates nothing
 * more.
 */
public abstract class QueuedEvent extends Node {
  /** The bytes the queue counts for this event; real once encoded, estimated before. */
  long countedBytes;

  QueuedEvent(long countedBytes) {
    this.countedBytes = countedBytes;
  }

  /** An event encoded already. */
  public static QueuedEvent encoded(EncodedEvent event) {
    return new Encoded(Objects.requireNonNull(event, "event"));
  }

  /**
   * An event to encode later with {@code encoder}, as {@link EventEncoder#encode(EventWriter,
   * Object, String, UUID, Instant)} would, with the {@code uuid} made of {@code uuidHigh} and
   * {@code uuidLow} (kept as numbers, so that no UUID object need be made at {@code track}):
   * {@code snapshot} must be an instance that can no longer change (see {@link
   * EventWriter#snapshot}). It is counted at {@code estimate}'s size until encoded, and teaches
   * {@code estimate} its real size.
   */
  public static <E> QueuedEvent deferred(
      EventEncoder encoder,
      EventWriter<E> writer,
      E snapshot,
      String distinctId,
      long uuidHigh,
      long uuidLow,
      Instant timestamp,
      SizeEstimate estimate) {
    return new Deferred<>(encoder, writer, snapshot, distinctId, uuidHigh, uuidLow, timestamp, estimate);
  }

  /** The catalogue event name, for drop reports. */
  public abstract String name();

  /**
   * The encoded event, encoding it on the first call.
   *
   * @throws EventEncodingException when the event must be dropped, with the reason
   * @throws RuntimeException when its writer fails in a way the encoder does not catch
   */
  abstract EncodedEvent encode();

  private static final class Encoded extends QueuedEvent {
    private final EncodedEvent event;

    Encoded(EncodedEvent event) {
      super(event.size());
      this.event = event;
    }

    @Override
    public String name() {
      return event.name();
    }

    @Override
    EncodedEvent encode() {
      return event;
    }

  }

  // The timestamp is kept as numbers too: the Instant read at track need not outlive it.
  private static final class Deferred<E> extends QueuedEvent {
    private final EventEncoder encoder;
    private final EventWriter<E> writer;
    private final E snapshot;
    private final String distinctId;
    private final long uuidHigh;
    private final long uuidLow;
    private final long epochSecond;
    private final int nano;
    private final SizeEstimate estimate;
    private EncodedEvent encoded;

    Deferred(
        EventEncoder encoder,
        EventWriter<E> writer,
        E snapshot,
        String distinctId,
        long uuidHigh,
        long uuidLow,
        Instant timestamp,
        SizeEstimate estimate) {
      super(estimate.bytes());
      this.encoder = encoder;
      this.writer = writer;
      this.snapshot = snapshot;
      this.distinctId = distinctId;
      this.uuidHigh = uuidHigh;
      this.uuidLow = uuidLow;
      this.epochSecond = timestamp.getEpochSecond();
      this.nano = timestamp.getNano();
      this.estimate = estimate;
    }

    @Override
    public String name() {
      return writer.descriptor().name();
    }

    @Override
    EncodedEvent encode() {
      if (encoded == null) {
        encoded =
            encoder.encode(
                writer,
                snapshot,
                distinctId,
                new UUID(uuidHigh, uuidLow),
                Instant.ofEpochSecond(epochSecond, nano));
        estimate.learn(encoded.size());
      }
      return encoded;
    }

  }
}
