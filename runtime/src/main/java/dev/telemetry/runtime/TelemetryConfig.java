package dev.telemetry.runtime;

import static dev.telemetry.runtime.SettingChecks.inFlightRange;
import static dev.telemetry.runtime.SettingChecks.positive;
import static dev.telemetry.runtime.SettingChecks.requireText;

import dev.telemetry.runtime.hash.Hasher;
import dev.telemetry.runtime.internal.encode.UuidV7;
import dev.telemetry.runtime.sink.Sink;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Everything a {@link TelemetryClient} needs, fixed once built: what goes on the wire ({@link
 * #wire()}), how it is delivered ({@link #delivery()}), and whether sending is on. Build one with
 * {@link #builder()}, or with {@link #fromEnvironment(String)} to honour the standard switches.
 * Every setting has a default chosen so that a product only needs to give its endpoint, its
 * library name and version, and its deployment group.
 */
public final class TelemetryConfig {
  /** The prefix of the environment switches when a product does not choose its own. */
  public static final String DEFAULT_ENV_PREFIX = "TELEMETRY";
  /** The most requests (or, for another sink, concurrent sends) a client has in flight at once. */
  public static final int MAX_IN_FLIGHT_REQUESTS = 16;

  private final WireSettings wire;
  private final DeliverySettings delivery;
  private final boolean debug;
  private final String disabledBecause;

  private TelemetryConfig(
      WireSettings wire, DeliverySettings delivery, boolean debug, String disabledBecause) {
    this.wire = wire;
    this.delivery = delivery;
    this.debug = debug;
    this.disabledBecause = disabledBecause;
  }

  /**
   * A builder with every default in place.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that applies the environment switches of {@code prefix} (see {@link
   * Builder#environment(String, Map)}) over whatever else the builder is given, read from the
   * process environment.
   *
   * @param prefix the product's prefix, such as {@code CF} for {@code CF_DISABLED}, or {@link
   *     #DEFAULT_ENV_PREFIX}
   * @return a new builder that reads the process environment when it builds
   */
  public static Builder fromEnvironment(String prefix) {
    return builder().environment(prefix, System.getenv());
  }

  /**
   * As {@link #fromEnvironment(String)}, reading the switches from {@code env} (for tests).
   *
   * @param prefix the product's prefix of the switches
   * @param env the variables to read instead of the process environment
   * @return a new builder that applies {@code env} when it builds
   */
  public static Builder fromEnvironment(String prefix, Map<String, String> env) {
    return builder().environment(prefix, env);
  }

  /**
   * What goes on the wire: endpoint, key, library, group, hashing and stamps.
   *
   * @return the wire settings
   */
  public WireSettings wire() {
    return wire;
  }

  /**
   * How events are delivered: batches, queue, retries, timeouts, sink, listener and spool.
   *
   * @return the delivery settings
   */
  public DeliverySettings delivery() {
    return delivery;
  }

  /**
   * Whether every event is logged as it is queued.
   *
   * @return true to log every event
   */
  public boolean debug() {
    return debug;
  }

  /**
   * Whether sending is off: switched off, or there is nowhere to send to (no endpoint and no sink).
   * A disabled client starts no thread and opens no connection.
   *
   * @return true when the client will send nothing
   */
  public boolean disabled() {
    return disabledBecause != null;
  }

  /**
   * Why sending is off, in words, or null when it is on.
   *
   * @return the reason, such as {@code DO_NOT_TRACK=1}, or null
   */
  public String disabledBecause() {
    return disabledBecause;
  }

  /** Collects settings; {@link #build()} checks them and applies the environment switches last. */
  public static final class Builder {
    private URI endpoint;
    private String apiKey;
    private String libraryName = "telemetry-catalogue";
    private String libraryVersion = defaultVersion();
    private String groupType;
    private String groupKey;
    private Hasher hasher = Hasher.sha256();
    private Clock clock = Clock.systemUTC();
    private Supplier<UUID> uuidSupplier;
    private boolean privacyProperties = true;
    private boolean historicalMigration;
    private boolean gzip;
    private int batchMaxEvents = 500;
    private int batchMaxBytes = 4 * 1024 * 1024;
    private Duration flushInterval = Duration.ofSeconds(5);
    // A safety cap only: memory is bounded by bytes; a burst of 20,000 events of the samples fits.
    private int queueMaxEvents = 100_000;
    private long queueMaxBytes = 16L * 1024 * 1024;
    private int maxEventBytes = 1024 * 1024;
    private Duration retryInitialBackoff = Duration.ofMillis(100);
    private Duration retryMaxBackoff = Duration.ofSeconds(30);
    private Duration retryBudget = Duration.ofMinutes(2);
    private int maxInFlightRequests = 2;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration closeTimeout = Duration.ofSeconds(5);
    private OverflowPolicy overflowPolicy = OverflowPolicy.DROP_NEWEST;
    private boolean debug;
    private boolean disabled;
    private Sink sink;
    private TelemetryListener listener = TelemetryListener.NONE;
    private Boolean shutdownHook;
    private Path spoolDirectory;
    private long spoolMaxBytes = 64L * 1024 * 1024;
    private Duration spoolMaxAge = Duration.ofDays(30);
    private String envPrefix;
    private Map<String, String> env;

    private Builder() {}

    /**
     * The PostHog host, such as {@code https://eu.i.posthog.com}; batches go to {@code /batch/}.
     *
     * @param endpoint the host, or null to send nowhere (a sink may still be set)
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /**
     * As {@link #endpoint(URI)}, from text.
     *
     * @param endpoint the host as text, or null
     * @return this builder
     */
    public Builder endpoint(String endpoint) {
      if (endpoint == null) {
        return endpoint((URI) null);
      }
      try {
        return endpoint(new URI(endpoint));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "the telemetry endpoint is not a valid URL (" + e.getMessage()
                + "); give one such as https://eu.i.posthog.com", e);
      }
    }

    /**
     * The PostHog project API key; sent in the body as {@code api_key}.
     *
     * @param apiKey the key, or null to leave {@code api_key} out
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The name and version sent as {@code library}/{@code $lib} and their versions.
     *
     * @param name the library name, not blank
     * @param version its version, not blank
     * @return this builder
     */
    public Builder library(String name, String version) {
      this.libraryName = requireText(name, "library name");
      this.libraryVersion = requireText(version, "library version");
      return this;
    }

    /**
     * The group every event belongs to, sent as {@code $groups}; it is also the group that
     * group-identify events of this type describe.
     *
     * @param type the group type, such as {@code deployment}, not blank
     * @param key the key of this installation's group, such as {@code dep_123}, not blank
     * @return this builder
     */
    public Builder group(String type, String key) {
      this.groupType = requireText(type, "group type");
      this.groupKey = requireText(key, "group key");
      return this;
    }

    /**
     * How identifiers are hashed: {@link Hasher#sha256()} (the default) or HMAC.
     *
     * @param hasher the hasher, not null
     * @return this builder
     */
    public Builder hasher(Hasher hasher) {
      this.hasher = Objects.requireNonNull(hasher, "hasher");
      return this;
    }

    /**
     * Hash identifiers with plain SHA-256 (the default, compatible with analytics-go).
     *
     * @return this builder
     */
    public Builder sha256() {
      return hasher(Hasher.sha256());
    }

    /**
     * Hash identifiers with HMAC-SHA256 keyed by a per-deployment secret of 16 bytes or more.
     *
     * @param secret the per-deployment secret, 16 bytes or more (copied)
     * @return this builder
     */
    public Builder hmacSha256(byte[] secret) {
      return hasher(Hasher.hmacSha256(secret));
    }

    /**
     * The clock that stamps events (a fixed clock makes examples reproducible).
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Mints event UUIDs; defaults to version 7 UUIDs from the clock.
     *
     * @param uuidSupplier mints one UUID per event, not null
     * @return this builder
     */
    public Builder uuidSupplier(Supplier<UUID> uuidSupplier) {
      this.uuidSupplier = Objects.requireNonNull(uuidSupplier, "uuidSupplier");
      return this;
    }

    /**
     * Whether events carry {@code "$geoip_disable": true, "$ip": null} (default true).
     *
     * @param privacyProperties false to leave both properties out
     * @return this builder
     */
    public Builder privacyProperties(boolean privacyProperties) {
      this.privacyProperties = privacyProperties;
      return this;
    }

    /**
     * Marks batches as a historical import ({@code "historical_migration": true}).
     *
     * @param historicalMigration true for an import of past events
     * @return this builder
     */
    public Builder historicalMigration(boolean historicalMigration) {
      this.historicalMigration = historicalMigration;
      return this;
    }

    /**
     * Compress request bodies with gzip (default false).
     *
     * @param gzip true to compress
     * @return this builder
     */
    public Builder gzip(boolean gzip) {
      this.gzip = gzip;
      return this;
    }

    /**
     * The most events (default 500) and bytes (default 4 MiB) in one batch; a batch is cut at
     * whichever comes first. 500 events keep the number of requests low (each costs a round trip
     * and the collector's work per request) while the byte cap keeps bodies far below the 20 MB
     * PostHog accepts; analytics-go sends 250.
     *
     * @param maxEvents the most events per batch, positive
     * @param maxBytes the most bytes of events per batch, positive
     * @return this builder
     */
    public Builder batch(int maxEvents, int maxBytes) {
      this.batchMaxEvents = positive(maxEvents, "batch max events");
      this.batchMaxBytes = positive(maxBytes, "batch max bytes");
      return this;
    }

    /**
     * How long an event may wait for its batch to fill (default 5 s).
     *
     * @param flushInterval the wait, positive
     * @return this builder
     */
    public Builder flushInterval(Duration flushInterval) {
      this.flushInterval = positive(flushInterval, "flush interval");
      return this;
    }

    /**
     * The most events (default 100,000) and bytes (default 16 MiB) waiting in memory.
     *
     * @param maxEvents the most events queued, positive
     * @param maxBytes the most bytes of events queued, positive
     * @return this builder
     */
    public Builder queue(int maxEvents, long maxBytes) {
      this.queueMaxEvents = positive(maxEvents, "queue max events");
      this.queueMaxBytes = positive(maxBytes, "queue max bytes");
      return this;
    }

    /**
     * The largest encoded event accepted (default 1 MiB); larger ones are dropped when encoded.
     *
     * @param maxEventBytes the largest encoded event in bytes, positive, and no larger than a
     *     batch or the queue
     * @return this builder
     */
    public Builder maxEventBytes(int maxEventBytes) {
      this.maxEventBytes = positive(maxEventBytes, "max event bytes");
      return this;
    }

    /**
     * Retry timing: the first wait (default 100 ms, doubling per attempt, with full jitter), the
     * longest wait (default 30 s) and the total time one batch may be retried (default 2 min). A
     * batch waiting to be retried holds back its own sender only (see {@link
     * #maxInFlightRequests(int)}); with one request in flight, the batches behind it wait with it,
     * hence the short first wait. A server's {@code Retry-After} is always waited for in full, by
     * every sender: no request is sent before it passes.
     *
     * @param initialBackoff the first wait, positive
     * @param maxBackoff the longest wait, positive and at least the first
     * @param budget the total time one batch may be retried, positive
     * @return this builder
     */
    public Builder retry(Duration initialBackoff, Duration maxBackoff, Duration budget) {
      this.retryInitialBackoff = positive(initialBackoff, "retry initial backoff");
      this.retryMaxBackoff = positive(maxBackoff, "retry max backoff");
      this.retryBudget = positive(budget, "retry budget");
      return this;
    }

    /**
     * How many HTTP requests may be in flight at once (default 2, from 1 to {@value
     * TelemetryConfig#MAX_IN_FLIGHT_REQUESTS}). While fewer are, the delivery thread takes and
     * encodes the next batch, so encoding overlaps sending; a batch waiting to be retried holds back
     * only its own request. Batches taken from the queue are held in memory beyond the queue's
     * bound: at most this many, the one being encoded included. With 1, one request is sent at a
     * time and no batch is taken while it is. Only the HTTP sink reads it; another sink says itself
     * how many concurrent sends it takes ({@link Sink#maxConcurrentSends()}). Also set by {@code
     * {PREFIX}_MAX_IN_FLIGHT_REQUESTS} (see {@link #environment}).
     *
     * @param maxInFlightRequests from 1 to {@value TelemetryConfig#MAX_IN_FLIGHT_REQUESTS}
     * @return this builder
     */
    public Builder maxInFlightRequests(int maxInFlightRequests) {
      this.maxInFlightRequests = inFlightRange(maxInFlightRequests, "max in-flight requests");
      return this;
    }

    /**
     * How long connecting (default 5 s) and one whole request (default 10 s) may take.
     *
     * @param connect how long connecting may take, positive
     * @param request how long one whole request may take, reply included, positive
     * @return this builder
     */
    public Builder timeouts(Duration connect, Duration request) {
      this.connectTimeout = positive(connect, "connect timeout");
      this.requestTimeout = positive(request, "request timeout");
      return this;
    }

    /**
     * The deadline of {@code close()} without arguments and of the shutdown hook (default 5 s).
     *
     * @param closeTimeout the deadline, positive
     * @return this builder
     */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = positive(closeTimeout, "close timeout");
      return this;
    }

    /**
     * What to drop when the queue is full (default {@link OverflowPolicy#DROP_NEWEST}).
     *
     * @param overflowPolicy the policy, not null
     * @return this builder
     */
    public Builder overflowPolicy(OverflowPolicy overflowPolicy) {
      this.overflowPolicy = Objects.requireNonNull(overflowPolicy, "overflowPolicy");
      return this;
    }

    /**
     * Log every event as it is queued (default false).
     *
     * @param debug true to log every event
     * @return this builder
     */
    public Builder debug(boolean debug) {
      this.debug = debug;
      return this;
    }

    /**
     * Turn sending off: no thread, no connection; events are counted as dropped.
     *
     * @param disabled true to send nothing
     * @return this builder
     */
    public Builder disabled(boolean disabled) {
      this.disabled = disabled;
      return this;
    }

    /**
     * Deliver to this sink instead of HTTP; the client closes it when it closes.
     *
     * @param sink the sink, or null for HTTP to the endpoint
     * @return this builder
     */
    public Builder sink(Sink sink) {
      this.sink = sink;
      return this;
    }

    /**
     * Receive per-event outcomes.
     *
     * @param listener the listener, not null; {@link TelemetryListener#NONE} for none
     * @return this builder
     */
    public Builder listener(TelemetryListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Close the client (within the close timeout) when the JVM shuts down (default: true with a
     * spool, false without).
     *
     * @param shutdownHook true to close on shutdown, false never to
     * @return this builder
     */
    public Builder shutdownHook(boolean shutdownHook) {
      this.shutdownHook = shutdownHook;
      return this;
    }

    /**
     * Keep events on disk in {@code directory} until they are delivered, so that a crash, a kill,
     * an outage or a quick exit loses nothing: the next client to open the directory sends what
     * is left. Several processes of one product may share the directory. Null (the default) keeps
     * events in memory only.
     *
     * @param directory the directory (created when missing), or null for memory only
     * @return this builder
     */
    public Builder spool(Path directory) {
      this.spoolDirectory = directory;
      return this;
    }

    /**
     * The spool's bounds: past {@code maxBytes} or {@code maxAge}, the oldest events are dropped.
     *
     * @param maxBytes the most bytes on disk, positive
     * @param maxAge the longest an event may wait on disk, positive
     * @return this builder
     */
    public Builder spoolLimits(long maxBytes, Duration maxAge) {
      this.spoolMaxBytes = positive(maxBytes, "spool max bytes");
      this.spoolMaxAge = positive(maxAge, "spool max age");
      return this;
    }

    /**
     * Applies, at {@link #build()} and so over anything set in code, the switches of the
     * environment {@code env}: {@code {PREFIX}_DISABLED} and {@code DO_NOT_TRACK} set to anything
     * but empty, {@code 0} or {@code false} (in any case) turn sending off, whatever the code set;
     * {@code {PREFIX}_SPOOL_DIR} sets {@link #spool(Path)}; {@code
     * {PREFIX}_LOG_LEVEL=debug} logs every event; {@code {PREFIX}_URL} sets the endpoint; {@code
     * {PREFIX}_API_KEY} sets the API key; {@code {PREFIX}_MAX_IN_FLIGHT_REQUESTS} sets {@link
     * #maxInFlightRequests(int)}. An invalid URL turns sending off, and an invalid number of
     * requests is ignored (the value set in code stays), each with a log line saying why, rather
     * than failing the product.
     *
     * @param prefix the product's prefix, such as {@code CF}, not blank
     * @param env the variables (copied)
     * @return this builder
     */
    public Builder environment(String prefix, Map<String, String> env) {
      this.envPrefix = requireText(prefix, "environment prefix");
      this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
      return this;
    }

    /**
     * Checks the settings, applies the environment switches over them, and builds the
     * configuration. The builder itself is left as it was, so it may build again.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the setting and the fix when settings contradict
     */
    public TelemetryConfig build() {
      String offBecause = disabled ? "disabled in code" : null;
      boolean logEveryEvent = debug;
      URI to = endpoint;
      String key = apiKey;
      Path spool = spoolDirectory;
      int inFlight = maxInFlightRequests;
      if (env != null) {
        EnvironmentSwitches switches = new EnvironmentSwitches(envPrefix, env);
        String switchedOff = switches.offBecause();
        offBecause = switchedOff != null ? switchedOff : offBecause;
        logEveryEvent |= switches.debug();
        to = switches.endpointOr(to);
        key = switches.apiKeyOr(key);
        spool = switches.spoolDirectoryOr(spool);
        inFlight = switches.maxInFlightRequestsOr(inFlight);
      }
      if (to != null && EnvironmentSwitches.httpUri(to.toString()) == null) {
        throw new IllegalArgumentException(
            "the telemetry endpoint must be an absolute http or https URL, such as"
                + " https://eu.i.posthog.com, but it is: " + to);
      }
      if (offBecause == null && to == null && sink == null) {
        offBecause = "no endpoint and no sink are configured";
      }
      if (maxEventBytes > batchMaxBytes) {
        throw new IllegalArgumentException(
            "max event bytes (" + maxEventBytes + ") is larger than batch max bytes ("
                + batchMaxBytes + "): one event must fit in a batch; raise batch max bytes");
      }
      if (maxEventBytes > queueMaxBytes) {
        throw new IllegalArgumentException(
            "max event bytes (" + maxEventBytes + ") is larger than queue max bytes ("
                + queueMaxBytes + "): one event must fit in the queue; raise queue max bytes");
      }
      if (retryMaxBackoff.compareTo(retryInitialBackoff) < 0) {
        throw new IllegalArgumentException(
            "retry max backoff (" + retryMaxBackoff + ") is shorter than the initial backoff ("
                + retryInitialBackoff + "); make the maximum at least the initial backoff");
      }
      WireSettings wire =
          new WireSettings(
              to, key, libraryName, libraryVersion, groupType, groupKey, hasher, clock,
              uuidSupplier != null ? uuidSupplier : UuidV7.generator(clock), uuidSupplier == null,
              privacyProperties, historicalMigration, gzip);
      DeliverySettings delivery =
          new DeliverySettings(
              batchMaxEvents, batchMaxBytes, flushInterval, queueMaxEvents, queueMaxBytes,
              maxEventBytes, retryInitialBackoff, retryMaxBackoff, retryBudget, inFlight,
              connectTimeout, requestTimeout, closeTimeout, overflowPolicy, sink, listener,
              // With a spool, closing on shutdown only writes the queue to disk: cheap, so on by
              // default.
              shutdownHook != null ? shutdownHook : spool != null,
              spool, spoolMaxBytes, spoolMaxAge);
      return new TelemetryConfig(wire, delivery, logEveryEvent, offBecause);
    }

    private static String defaultVersion() {
      String version = TelemetryConfig.class.getPackage().getImplementationVersion();
      return version == null ? "dev" : version;
    }
  }

  /** Names every setting but secrets. */
  @Override
  public String toString() {
    return "TelemetryConfig[" + wire + ", " + delivery + ", debug=" + debug
        + ", disabledBecause=" + disabledBecause + "]";
  }
}
