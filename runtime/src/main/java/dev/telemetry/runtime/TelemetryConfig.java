package dev.telemetry.runtime;

import dev.telemetry.runtime.internal.encode.UuidV7;
import dev.telemetry.runtime.hash.Hasher;
import dev.telemetry.runtime.sink.Sink;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Everything a {@link TelemetryClient} needs, fixed once built. Build one with {@link #builder()},
 * or with {@link #fromEnvironment(String)} to honour the standard switches. Every setting has a
 * default chosen so that a product only needs to give its endpoint, its library name and version,
 * and its deployment group.
 */
public final class TelemetryConfig {
  /** The prefix of the environment switches when a product does not choose its own. */
  public static final String DEFAULT_ENV_PREFIX = "TELEMETRY";
  /** The most requests (or, for another sink, concurrent sends) a client has in flight at once. */
  public static final int MAX_IN_FLIGHT_REQUESTS = 16;
  private static final System.Logger LOG = System.getLogger("dev.telemetry.runtime");

  private final URI endpoint;
  private final String apiKey;
  private final String libraryName;
  private final String libraryVersion;
  private final String groupType;
  private final String groupKey;
  private final Hasher hasher;
  private final Clock clock;
  private final Supplier<UUID> uuidSupplier;
  private final boolean uuidsFromClock;
  private final boolean privacyProperties;
  private final boolean historicalMigration;
  private final boolean gzip;
  private final int batchMaxEvents;
  private final int batchMaxBytes;
  private final Duration flushInterval;
  private final int queueMaxEvents;
  private final long queueMaxBytes;
  private final int maxEventBytes;
  private final Duration retryInitialBackoff;
  private final Duration retryMaxBackoff;
  private final Duration retryBudget;
  private final int maxInFlightRequests;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration closeTimeout;
  private final OverflowPolicy overflowPolicy;
  private final boolean debug;
  private final boolean disabled;
  private final String disabledBecause;
  private final Sink sink;
  private final TelemetryListener listener;
  private final boolean shutdownHook;
  private final Path spoolDirectory;
  private final long spoolMaxBytes;
  private final Duration spoolMaxAge;

  private TelemetryConfig(Builder b, boolean disabled, String disabledBecause) {
    this.endpoint = b.endpoint;
    this.apiKey = b.apiKey;
    this.libraryName = b.libraryName;
    this.libraryVersion = b.libraryVersion;
    this.groupType = b.groupType;
    this.groupKey = b.groupKey;
    this.hasher = b.hasher;
    this.clock = b.clock;
    this.uuidSupplier = b.uuidSupplier != null ? b.uuidSupplier : UuidV7.generator(b.clock);
    this.uuidsFromClock = b.uuidSupplier == null;
    this.privacyProperties = b.privacyProperties;
    this.historicalMigration = b.historicalMigration;
    this.gzip = b.gzip;
    this.batchMaxEvents = b.batchMaxEvents;
    this.batchMaxBytes = b.batchMaxBytes;
    this.flushInterval = b.flushInterval;
    this.queueMaxEvents = b.queueMaxEvents;
    this.queueMaxBytes = b.queueMaxBytes;
    this.maxEventBytes = b.maxEventBytes;
    this.retryInitialBackoff = b.retryInitialBackoff;
    this.retryMaxBackoff = b.retryMaxBackoff;
    this.retryBudget = b.retryBudget;
    this.maxInFlightRequests = b.maxInFlightRequests;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.closeTimeout = b.closeTimeout;
    this.overflowPolicy = b.overflowPolicy;
    this.debug = b.debug;
    this.disabled = disabled;
    this.disabledBecause = disabledBecause;
    this.sink = b.sink;
    this.listener = b.listener;
    this.spoolDirectory = b.spoolDirectory;
    this.spoolMaxBytes = b.spoolMaxBytes;
    this.spoolMaxAge = b.spoolMaxAge;
    // With a spool, closing on shutdown only writes the queue to disk: cheap, so on by default.
    this.shutdownHook = b.shutdownHook != null ? b.shutdownHook : b.spoolDirectory != null;
  }

  /** A builder with every default in place. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that applies the environment switches of {@code prefix} (see {@link
   * Builder#environment(String, Map)}) over whatever else the builder is given, read from the
   * process environment.
   */
  public static Builder fromEnvironment(String prefix) {
    return builder().environment(prefix, System.getenv());
  }

  /** As {@link #fromEnvironment(String)}, reading the switches from {@code env} (for tests). */
  public static Builder fromEnvironment(String prefix, Map<String, String> env) {
    return builder().environment(prefix, env);
  }

  /** The PostHog host; batches go to {@code {endpoint}/batch/}. Null when none is set. */
  public URI endpoint() {
    return endpoint;
  }

  /** The project API key sent as {@code api_key}, or null to leave it out. */
  public String apiKey() {
    return apiKey;
  }

  /** Sent as {@code library} and {@code $lib}. */
  public String libraryName() {
    return libraryName;
  }

  /** Sent as {@code library_version} and {@code $lib_version}. */
  public String libraryVersion() {
    return libraryVersion;
  }

  /** The group type every event belongs to (such as {@code deployment}), or null. */
  public String groupType() {
    return groupType;
  }

  /** The key of that group (such as {@code dep_123}), or null. */
  public String groupKey() {
    return groupKey;
  }

  /** How identifiers are hashed. */
  public Hasher hasher() {
    return hasher;
  }

  /** The clock that stamps events. */
  public Clock clock() {
    return clock;
  }

  /** Mints the per-event {@code uuid}. */
  public Supplier<UUID> uuidSupplier() {
    return uuidSupplier;
  }

  /**
   * Whether the {@code uuid}s are the default version 7 ones from {@link #clock()}, which the
   * client then mints from the time it already read for the event's timestamp.
   */
  boolean uuidsFromClock() {
    return uuidsFromClock;
  }

  /** Whether events carry {@code "$geoip_disable": true} and {@code "$ip": null}. */
  public boolean privacyProperties() {
    return privacyProperties;
  }

  /** Whether batches carry {@code "historical_migration": true}. */
  public boolean historicalMigration() {
    return historicalMigration;
  }

  /** Whether request bodies are gzip-compressed. */
  public boolean gzip() {
    return gzip;
  }

  /** The most events in one batch. */
  public int batchMaxEvents() {
    return batchMaxEvents;
  }

  /** The most bytes of events in one batch. */
  public int batchMaxBytes() {
    return batchMaxBytes;
  }

  /** How long an event may wait for a batch to fill before it is sent anyway. */
  public Duration flushInterval() {
    return flushInterval;
  }

  /** The most events waiting in memory. */
  public int queueMaxEvents() {
    return queueMaxEvents;
  }

  /** The most bytes of events waiting in memory. */
  public long queueMaxBytes() {
    return queueMaxBytes;
  }

  /** The largest encoded event accepted by {@code track}. */
  public int maxEventBytes() {
    return maxEventBytes;
  }

  /** The first retry waits up to this long (full jitter), doubling per attempt. */
  public Duration retryInitialBackoff() {
    return retryInitialBackoff;
  }

  /** No single wait between attempts is longer than this (except where Retry-After asks). */
  public Duration retryMaxBackoff() {
    return retryMaxBackoff;
  }

  /** How long one batch may be retried, in total, before it is given up as failed. */
  public Duration retryBudget() {
    return retryBudget;
  }

  /** How long opening a connection may take. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long one request may take, reply included. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * How many HTTP requests may be in flight at once (see {@link
   * Builder#maxInFlightRequests(int)}).
   */
  public int maxInFlightRequests() {
    return maxInFlightRequests;
  }

  /** The deadline of {@link TelemetryClient#close()} and of the shutdown hook. */
  public Duration closeTimeout() {
    return closeTimeout;
  }

  /** What happens when the queue is full. */
  public OverflowPolicy overflowPolicy() {
    return overflowPolicy;
  }

  /** Whether every event is logged as it is queued. */
  public boolean debug() {
    return debug;
  }

  /**
   * Whether sending is off: switched off, or there is nowhere to send to (no endpoint and no sink).
   * A disabled client starts no thread and opens no connection.
   */
  public boolean disabled() {
    return disabled;
  }

  /** Why sending is off, in words, or null when it is on. */
  public String disabledBecause() {
    return disabledBecause;
  }

  /** The sink that replaces HTTP delivery, or null for HTTP to {@link #endpoint()}. */
  public Sink sink() {
    return sink;
  }

  /** Receives per-event outcomes. */
  public TelemetryListener listener() {
    return listener;
  }

  /**
   * Whether the client closes itself (within {@link #closeTimeout()}) when the JVM shuts down: by
   * default only with a spool, where closing writes what is queued to disk and returns.
   */
  public boolean shutdownHook() {
    return shutdownHook;
  }

  /** The spool directory, or null when events are kept in memory only. */
  public Path spoolDirectory() {
    return spoolDirectory;
  }

  /** The most bytes the spool directory holds before the oldest events are dropped (64 MiB by default). */
  public long spoolMaxBytes() {
    return spoolMaxBytes;
  }

  /** How long a spooled event may wait to be sent before it is dropped (30 days by default). */
  public Duration spoolMaxAge() {
    return spoolMaxAge;
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

    /** The PostHog host, such as {@code https://eu.i.posthog.com}; batches go to {@code /batch/}. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /** As {@link #endpoint(URI)}, from text. */
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

    /** The PostHog project API key; sent in the body as {@code api_key}. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** The name and version sent as {@code library}/{@code $lib} and their versions. */
    public Builder library(String name, String version) {
      this.libraryName = requireText(name, "library name");
      this.libraryVersion = requireText(version, "library version");
      return this;
    }

    /**
     * The group every event belongs to, sent as {@code $groups}; it is also the group that
     * group-identify events of this type describe.
     */
    public Builder group(String type, String key) {
      this.groupType = requireText(type, "group type");
      this.groupKey = requireText(key, "group key");
      return this;
    }

    /** How identifiers are hashed: {@link Hasher#sha256()} (the default) or HMAC. */
    public Builder hasher(Hasher hasher) {
      this.hasher = Objects.requireNonNull(hasher, "hasher");
      return this;
    }

    /** Hash identifiers with plain SHA-256 (the default, compatible with analytics-go). */
    public Builder sha256() {
      return hasher(Hasher.sha256());
    }

    /** Hash identifiers with HMAC-SHA256 keyed by a per-deployment secret of 16 bytes or more. */
    public Builder hmacSha256(byte[] secret) {
      return hasher(Hasher.hmacSha256(secret));
    }

    /** The clock that stamps events (a fixed clock makes examples reproducible). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Mints event UUIDs; defaults to version 7 UUIDs from the clock. */
    public Builder uuidSupplier(Supplier<UUID> uuidSupplier) {
      this.uuidSupplier = Objects.requireNonNull(uuidSupplier, "uuidSupplier");
      return this;
    }

    /** Whether events carry {@code "$geoip_disable": true, "$ip": null} (default true). */
    public Builder privacyProperties(boolean privacyProperties) {
      this.privacyProperties = privacyProperties;
      return this;
    }

    /** Marks batches as a historical import ({@code "historical_migration": true}). */
    public Builder historicalMigration(boolean historicalMigration) {
      this.historicalMigration = historicalMigration;
      return this;
    }

    /** Compress request bodies with gzip (default false). */
    public Builder gzip(boolean gzip) {
      this.gzip = gzip;
      return this;
    }

    /**
     * The most events (default 500) and bytes (default 4 MiB) in one batch; a batch is cut at
     * whichever comes first. 500 events keep the number of requests low (each costs a round trip
     * and the collector's work per request) while the byte cap keeps bodies far below the 20 MB
     * PostHog accepts; analytics-go sends 250.
     */
    public Builder batch(int maxEvents, int maxBytes) {
      this.batchMaxEvents = positive(maxEvents, "batch max events");
      this.batchMaxBytes = positive(maxBytes, "batch max bytes");
      return this;
    }

    /** How long an event may wait for its batch to fill (default 5 s). */
    public Builder flushInterval(Duration flushInterval) {
      this.flushInterval = positive(flushInterval, "flush interval");
      return this;
    }

    /** The most events (default 10,000) and bytes (default 16 MiB) waiting in memory. */
    public Builder queue(int maxEvents, long maxBytes) {
      this.queueMaxEvents = positive(maxEvents, "queue max events");
      this.queueMaxBytes = positive(maxBytes, "queue max bytes");
      return this;
    }

    /** The largest encoded event accepted (default 1 MiB); larger ones are dropped when encoded. */
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
     */
    public Builder maxInFlightRequests(int maxInFlightRequests) {
      this.maxInFlightRequests = inFlightRange(maxInFlightRequests, "max in-flight requests");
      return this;
    }

    /** How long connecting (default 5 s) and one whole request (default 10 s) may take. */
    public Builder timeouts(Duration connect, Duration request) {
      this.connectTimeout = positive(connect, "connect timeout");
      this.requestTimeout = positive(request, "request timeout");
      return this;
    }

    /** The deadline of {@code close()} without arguments and of the shutdown hook (default 5 s). */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = positive(closeTimeout, "close timeout");
      return this;
    }

    /** What to drop when the queue is full (default {@link OverflowPolicy#DROP_NEWEST}). */
    public Builder overflowPolicy(OverflowPolicy overflowPolicy) {
      this.overflowPolicy = Objects.requireNonNull(overflowPolicy, "overflowPolicy");
      return this;
    }

    /** Log every event as it is queued (default false). */
    public Builder debug(boolean debug) {
      this.debug = debug;
      return this;
    }

    /** Turn sending off: no thread, no connection; events are counted as dropped. */
    public Builder disabled(boolean disabled) {
      this.disabled = disabled;
      return this;
    }

    /** Deliver to this sink instead of HTTP; the client closes it when it closes. */
    public Builder sink(Sink sink) {
      this.sink = sink;
      return this;
    }

    /** Receive per-event outcomes. */
    public Builder listener(TelemetryListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Close the client (within the close timeout) when the JVM shuts down (default: true with a
     * spool, false without).
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
     */
    public Builder spool(Path directory) {
      this.spoolDirectory = directory;
      return this;
    }

    /** The spool's bounds: past {@code maxBytes} or {@code maxAge}, the oldest events are dropped. */
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
     */
    public Builder environment(String prefix, Map<String, String> env) {
      this.envPrefix = requireText(prefix, "environment prefix");
      this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
      return this;
    }

    /**
     * Checks the settings and builds the configuration.
     *
     * @throws IllegalArgumentException naming the setting and the fix when settings contradict
     */
    public TelemetryConfig build() {
      boolean off = disabled;
      String because = disabled ? "disabled in code" : null;
      if (env != null) {
        String switchOff = env.get(envPrefix + "_DISABLED");
        if (switchesOff(switchOff)) {
          off = true;
          because = envPrefix + "_DISABLED=" + switchOff;
        } else if (switchesOff(env.get("DO_NOT_TRACK"))) {
          off = true;
          because = "DO_NOT_TRACK=" + env.get("DO_NOT_TRACK");
        }
        if ("debug".equalsIgnoreCase(trim(env.get(envPrefix + "_LOG_LEVEL")))) {
          debug = true;
        }
        String url = trim(env.get(envPrefix + "_URL"));
        if (url != null && !url.isEmpty()) {
          URI parsed = parseHttpUri(url);
          if (parsed == null) {
            off = true;
            because = envPrefix + "_URL is not an http(s) URL: " + url;
          } else {
            endpoint = parsed;
          }
        }
        String spoolDir = trim(env.get(envPrefix + "_SPOOL_DIR"));
        if (spoolDir != null && !spoolDir.isEmpty()) {
          try {
            spoolDirectory = Path.of(spoolDir);
          } catch (InvalidPathException e) {
            LOG.log(
                System.Logger.Level.WARNING,
                "telemetry: {0}_SPOOL_DIR={1} is not a path ({2}); events are kept in memory only",
                envPrefix, spoolDir, e.getMessage());
          }
        }
        String key = trim(env.get(envPrefix + "_API_KEY"));
        if (key != null && !key.isEmpty()) {
          apiKey = key;
        }
        String inFlight = trim(env.get(envPrefix + "_MAX_IN_FLIGHT_REQUESTS"));
        if (inFlight != null && !inFlight.isEmpty()) {
          maxInFlightRequests = inFlightFromEnvironment(envPrefix + "_MAX_IN_FLIGHT_REQUESTS", inFlight);
        }
      }
      if (endpoint != null && parseHttpUri(endpoint.toString()) == null) {
        throw new IllegalArgumentException(
            "the telemetry endpoint must be an absolute http or https URL, such as"
                + " https://eu.i.posthog.com, but it is: " + endpoint);
      }
      if (!off && endpoint == null && sink == null) {
        off = true;
        because = "no endpoint and no sink are configured";
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
      return new TelemetryConfig(this, off, because);
    }

    private static URI parseHttpUri(String text) {
      try {
        URI uri = new URI(text);
        String scheme = uri.getScheme();
        if (uri.getHost() == null
            || scheme == null
            || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
          return null;
        }
        return uri;
      } catch (URISyntaxException e) {
        return null;
      }
    }

    private int inFlightFromEnvironment(String variable, String value) {
      try {
        return inFlightRange(Integer.parseInt(value), variable);
      } catch (IllegalArgumentException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "telemetry: {0}={1} is ignored: it must be a whole number from 1 to {2}; keeping {3}",
            variable, value, MAX_IN_FLIGHT_REQUESTS, maxInFlightRequests);
        return maxInFlightRequests;
      }
    }

    private static int inFlightRange(int value, String what) {
      if (value < 1 || value > MAX_IN_FLIGHT_REQUESTS) {
        throw new IllegalArgumentException(
            "the " + what + " must be from 1 to " + MAX_IN_FLIGHT_REQUESTS + ", but it is " + value
                + "; use 1 to send one request at a time, 2 (the default) to overlap encoding and"
                + " sending");
      }
      return value;
    }

    // A privacy switch fails closed: any value but empty, 0 or false (in any case) means off, so
    // DO_NOT_TRACK=yes, =on or =please all work.
    private static boolean switchesOff(String value) {
      String v = trim(value);
      return v != null && !v.isEmpty() && !"0".equals(v) && !"false".equalsIgnoreCase(v);
    }

    private static String trim(String value) {
      return value == null ? null : value.trim();
    }

    private static String defaultVersion() {
      String version = TelemetryConfig.class.getPackage().getImplementationVersion();
      return version == null ? "dev" : version;
    }

    private static String requireText(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("the " + what + " must not be empty");
      }
      return value;
    }

    private static int positive(int value, String what) {
      if (value <= 0) {
        throw new IllegalArgumentException("the " + what + " must be positive, but it is " + value);
      }
      return value;
    }

    private static long positive(long value, String what) {
      if (value <= 0) {
        throw new IllegalArgumentException("the " + what + " must be positive, but it is " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String what) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("the " + what + " must be a positive duration, but it is " + value);
      }
      return value;
    }
  }
}
