package dev.telemetry.runtime;

import dev.telemetry.runtime.event.EventDescriptor;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.internal.Log;
import dev.telemetry.runtime.internal.delivery.Accounting;
import dev.telemetry.runtime.internal.delivery.Backoff;
import dev.telemetry.runtime.internal.delivery.DeliveryLoop;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.internal.encode.EventEncodingException;
import dev.telemetry.runtime.internal.encode.UuidV7;
import dev.telemetry.runtime.internal.queue.EventQueue;
import dev.telemetry.runtime.internal.queue.QueuedEvent;
import dev.telemetry.runtime.internal.queue.SizeEstimate;
import dev.telemetry.runtime.internal.spool.Spool;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.sink.HttpSink;
import dev.telemetry.runtime.sink.Sink;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends events in the background. {@code track} queues the event and returns: it never does I/O,
 * never waits for the network, takes no lock and never throws. An event whose writer hands out an
 * immutable snapshot ({@link EventWriter#snapshot}) is stamped with its {@code uuid} and {@code
 * timestamp} and encoded later on the delivery thread, so its rejection (such as an empty
 * identifier) is reported there; any other event, and every event while debug logging is on, is
 * encoded on the caller's thread. One
 * daemon thread per client takes and encodes batches and hands them to its daemon sender threads
 * (as many as requests may be in flight, {@link DeliverySettings#maxInFlightRequests()}, or one
 * for a sink that does not allow concurrent sends); none keeps the JVM alive. Every event ends
 * delivered, dropped (with a {@link DropReason}) or failed, and {@link #stats()} adds up at every
 * moment. A disabled client (see {@link TelemetryConfig#disabled()}) starts no thread and opens no
 * connection. Thread-safe.
 */
public final class TelemetryClient implements AutoCloseable {
  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();
  /** The name every delivery thread starts with, sender threads ({@code ...-sender-N}) included. */
  public static final String THREAD_NAME_PREFIX = "telemetry-delivery-";

  private final TelemetryConfig config;
  private final EventEncoder encoder;
  private final EventWriters writers;
  private final Accounting accounting;
  private final EventQueue queue;
  private final DeliveryLoop loop;
  private final Thread thread;
  private final Sink sink;
  private final Thread shutdownHook;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Names of the expired events already logged: each is logged once, and counted every time. */
  private final Set<String> expiredLogged = ConcurrentHashMap.newKeySet();
  // Per writer class: the size an event awaiting encoding is counted at in the queue.
  private final ClassValue<SizeEstimate> sizeEstimates =
      new ClassValue<>() {
        @Override
        protected SizeEstimate computeValue(Class<?> writerClass) {
          return new SizeEstimate();
        }
      };

  private TelemetryClient(TelemetryConfig config) {
    this.config = config;
    this.encoder = new EventEncoder(config);
    this.writers = EventWriters.load(config.wire().hasher().algorithm());
    this.accounting = new Accounting(config.delivery().listener());
    if (config.disabled()) {
      // Only when asked: the first log call starts the logging backend, which costs a
      // short-lived program milliseconds.
      if (config.debug()) {
        Log.get().log(Level.INFO, "telemetry is off: {0}", config.disabledBecause());
      }
      purgeSpool(config);
      this.queue = null;
      this.loop = null;
      this.thread = null;
      this.sink = null;
      this.shutdownHook = null;
      return;
    }
    this.sink = config.delivery().sink() != null ? config.delivery().sink() : new HttpSink(config);
    this.queue =
        new EventQueue(
            config.delivery().queueMaxEvents(),
            config.delivery().queueMaxBytes(),
            config.delivery().overflowPolicy(),
            config.delivery().batchMaxEvents(),
            config.delivery().batchMaxBytes());
    Spool spool = openSpool(config, accounting);
    if (spool != null) {
      accounting.spooledFrom(spool);
    }
    this.loop =
        new DeliveryLoop(
            queue,
            sink,
            accounting,
            new Backoff(config.delivery().retryInitialBackoff(), config.delivery().retryMaxBackoff()),
            config.delivery().flushInterval(),
            config.delivery().retryBudget(),
            spool,
            config.delivery().batchMaxEvents(),
            config.delivery().batchMaxBytes());
    this.thread = loop.start(THREAD_NAME_PREFIX + THREAD_NUMBERS.incrementAndGet());
    if (config.delivery().shutdownHook()) {
      this.shutdownHook =
          new Thread("telemetry-shutdown") {
            @Override
            public void run() {
              close(config.delivery().closeTimeout());
            }
          };
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    } else {
      this.shutdownHook = null;
    }
    if (config.debug()) {
      Log.get().log(Level.INFO, "telemetry sends to {0}", sink);
    }
  }

  private static Spool openSpool(TelemetryConfig config, Accounting accounting) {
    if (config.delivery().spoolDirectory() == null) {
      return null;
    }
    try {
      return Spool.open(
          config.delivery().spoolDirectory(),
          config.delivery().spoolMaxBytes(),
          config.delivery().spoolMaxAge(),
          new Spool.Reports() {
            @Override
            public void ownDropped(String eventName, String detail) {
              accounting.droppedPending(eventName, DropReason.SPOOL_LIMIT, detail);
            }

            @Override
            public void earlierDropped(int count, String detail) {
              accounting.droppedFromSpool(count, detail);
            }
          });
    } catch (IOException | RuntimeException e) {
      Log.get().log(
          Level.WARNING,
          "telemetry: the spool directory {0} cannot be used ({1}); events are kept in memory only",
          config.delivery().spoolDirectory(), e.toString());
      return null;
    }
  }

  // Opt-out wins over the spool: what was spooled while telemetry was on is deleted, never sent.
  private static void purgeSpool(TelemetryConfig config) {
    if (config.delivery().spoolDirectory() != null) {
      int events = Spool.purge(config.delivery().spoolDirectory());
      if (events > 0) {
        Log.get().log(
            Level.INFO,
            "telemetry is off ({0}): deleted {1} spooled event(s) without sending them",
            config.disabledBecause(), events);
      }
    }
  }

  /** A client for {@code config}; disabled (no thread, no socket) when the config says so. */
  public static TelemetryClient create(TelemetryConfig config) {
    return new TelemetryClient(Objects.requireNonNull(config, "config"));
  }

  /** A client that sends nothing: every event is counted as dropped with {@link DropReason#DISABLED}. */
  public static TelemetryClient disabled() {
    return create(TelemetryConfig.builder().disabled(true).build());
  }

  /** The configuration this client was built from. */
  public TelemetryConfig config() {
    return config;
  }

  /** Whether this client sends events (false when disabled). */
  public boolean enabled() {
    return thread != null;
  }

  /**
   * Tracks an event of a generated or annotated class, finding its writer in the generated event
   * indexes. An unknown class is dropped with {@link DropReason#UNKNOWN_EVENT}.
   */
  public <E> void track(E event) {
    track(event, null);
  }

  /**
   * Tracks an event whose catalogue distinct ID is {@code {hash: PREFIX}}: {@code distinctId} is
   * the raw ID, hashed before it is sent. For a group-identify event it is the group key, when the
   * group is not the configured one.
   */
  public <E> void track(E event, String distinctId) {
    try {
      if (event == null) {
        accounting.droppedAtTrack("null", DropReason.INVALID_EVENT, "track was called with null");
        return;
      }
      EventWriter<E> writer = writers.find(event.getClass());
      if (writer == null) {
        accounting.droppedAtTrack(
            event.getClass().getName(),
            DropReason.UNKNOWN_EVENT,
            "no event writer is known for " + event.getClass().getName() + "; annotate it with"
                + " @TelemetryEvent and compile it with telemetry-processor on the processor path");
        return;
      }
      track(writer, event, distinctId);
    } catch (RuntimeException e) {
      accounting.droppedAtTrack(event.getClass().getName(), DropReason.INVALID_EVENT, "tracking failed: " + e);
    }
  }

  /** Tracks an event with an explicit writer. */
  public <E> void track(EventWriter<E> writer, E event) {
    track(writer, event, null);
  }

  /** Tracks an event with an explicit writer and a raw distinct ID (see {@link #track(Object, String)}). */
  public <E> void track(EventWriter<E> writer, E event, String distinctId) {
    String name = "unknown";
    try {
      name = writer.descriptor().name();
      if (closed.get()) {
        accounting.droppedAtTrack(name, DropReason.CLOSED, "the client is closed");
        return;
      }
      if (loop == null && !config.debug()) {
        accounting.droppedAtTrack(name, DropReason.DISABLED, "telemetry is off: " + config.disabledBecause());
        return;
      }
      if (writer.descriptor().expiredAt(config.wire().clock().instant())) {
        dropExpired(name, writer.descriptor());
        return;
      }
      if (loop != null && !config.debug()) {
        E snapshot = writer.snapshot(event);
        if (snapshot != null) {
          enqueueLater(writer, snapshot, distinctId, name);
          return;
        }
      }
      EncodedEvent encoded = encoder.encode(writer, event, distinctId);
      if (loop == null) {
        Log.get().log(Level.INFO, "telemetry is off ({0}); not sending: {1}", config.disabledBecause(), encoded.json());
        accounting.droppedAtTrack(name, DropReason.DISABLED, "telemetry is off: " + config.disabledBecause());
        return;
      }
      if (config.debug()) {
        Log.get().log(Level.INFO, "telemetry event queued: {0}", encoded.json());
      }
      enqueue(QueuedEvent.encoded(encoded), name);
    } catch (EventEncodingException e) {
      if (config.debug()) {
        Log.get().log(Level.INFO, "telemetry event dropped ({0}): {1}", e.reason(), e.getMessage());
      }
      accounting.droppedAtTrack(name, e.reason(), e.getMessage());
    } catch (RuntimeException e) {
      accounting.droppedAtTrack(name, DropReason.INVALID_EVENT, "tracking failed: " + e);
    }
  }

  private void dropExpired(String name, EventDescriptor descriptor) {
    String detail = "the catalogue's expiry of " + name + " was " + descriptor.expiresAfter()
        + "; it is no longer collected";
    if (expiredLogged.add(name)) {
      Log.get().log(Level.INFO, "telemetry event {0} dropped from now on: {1}", name, detail);
    }
    accounting.droppedAtTrack(name, DropReason.EXPIRED, detail);
  }

  // Stamps the event now; the delivery thread encodes it.
  private <E> void enqueueLater(EventWriter<E> writer, E snapshot, String distinctId, String name) {
    Instant now = config.wire().clock().instant();
    long uuidHigh;
    long uuidLow;
    if (config.wire().uuidsFromClock()) {
      uuidHigh = UuidV7.mostSignificantBits(now.toEpochMilli());
      uuidLow = UuidV7.leastSignificantBits();
    } else {
      UUID uuid = config.wire().uuidSupplier().get();
      uuidHigh = uuid.getMostSignificantBits();
      uuidLow = uuid.getLeastSignificantBits();
    }
    enqueue(
        QueuedEvent.deferred(
            encoder, writer, snapshot, distinctId, uuidHigh, uuidLow, now, sizeEstimates.get(writer.getClass())),
        name);
  }

  private void enqueue(QueuedEvent event, String name) {
    accounting.tracked();
    EventQueue.Offer offer = queue.offer(event);
    if (!offer.evicted().isEmpty()) {
      dropEvicted(offer.evicted());
    }
    if (offer.accepted()) {
      return;
    }
    if (offer.closed()) {
      accounting.droppedPending(name, DropReason.CLOSED, "the client is closed");
    } else {
      accounting.droppedPending(
          name,
          DropReason.QUEUE_FULL,
          "the queue is full (" + config.delivery().queueMaxEvents() + " events or "
              + config.delivery().queueMaxBytes() + " bytes)");
    }
  }

  private void dropEvicted(List<QueuedEvent> evicted) {
    for (QueuedEvent event : evicted) {
      accounting.droppedPending(event.name(), DropReason.QUEUE_FULL, "dropped to make room for newer events");
    }
  }

  /**
   * A snapshot of the accounting that adds up: {@code tracked = delivered + dropped + failed +
   * pending}, with {@code pending >= 0}. Events waiting to be encoded are pending.
   */
  public DeliveryStats stats() {
    return accounting.snapshot();
  }

  /**
   * Sends everything tracked before this call now, and waits until it is delivered, dropped or
   * failed, or until the timeout passes. Events tracked meanwhile are not waited for.
   */
  public FlushResult flush(Duration timeout) {
    if (loop == null) {
      return new FlushResult(true, stats());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    EventQueue.Mark mark = queue.mark();
    loop.requestDrain();
    boolean done;
    try {
      done = loop.awaitDone(mark, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done = false;
    }
    return new FlushResult(done, stats());
  }

  /**
   * Delivers what is queued within {@code timeout}, then stops the delivery thread and its sender
   * threads; events still undelivered at the deadline are counted as failed (being sent) or
   * dropped ({@link DropReason#CLOSED}, still queued).
   * Events tracked afterwards are dropped. Calling it again waits for the first close to end.
   */
  public FlushResult close(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!closed.compareAndSet(false, true)) {
      joinUntil(deadline);
      return new FlushResult(thread == null || !thread.isAlive(), stats());
    }
    if (loop == null) {
      return new FlushResult(true, stats());
    }
    loop.close(deadline);
    joinUntil(deadline);
    if (thread.isAlive()) {
      thread.interrupt();
      joinUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
      if (thread.isAlive()) {
        Log.get().log(Level.WARNING, "telemetry: the delivery thread has not stopped; as a daemon thread it cannot keep the JVM alive");
      }
    }
    try {
      sink.close();
    } catch (Exception e) {
      Log.get().log(Level.WARNING, "telemetry: closing the sink failed", e);
    }
    removeShutdownHook();
    DeliveryStats stats = stats();
    return new FlushResult(stats.pending() == 0, stats);
  }

  /** {@link #close(Duration)} with the configured close timeout (5 s by default). */
  @Override
  public void close() {
    close(config.delivery().closeTimeout());
  }

  private void joinUntil(long deadlineNanos) {
    if (thread == null) {
      return;
    }
    try {
      long left = deadlineNanos - System.nanoTime();
      if (left > 0) {
        TimeUnit.NANOSECONDS.timedJoin(thread, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void removeShutdownHook() {
    if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already shutting down; the hook is running or done, nothing to remove.
    }
  }
}
