package dev.telemetry.runtime;

import dev.telemetry.runtime.hash.Hasher;
import dev.telemetry.runtime.internal.http.Endpoints;
import dev.telemetry.runtime.sink.HttpSink;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a client puts on the wire and where it sends it: the endpoint and key, the library and group
 * every event carries, how identifiers are hashed, and how events are stamped. Read it from {@link
 * TelemetryConfig#wire()}; set it with {@link TelemetryConfig.Builder}.
 *
 * @param endpoint the PostHog host; batches go to {@code {endpoint}/batch/}; null when none is set
 * @param apiKey the project API key sent as {@code api_key}, or null to leave it out
 * @param libraryName sent as {@code library} and {@code $lib}
 * @param libraryVersion sent as {@code library_version} and {@code $lib_version}
 * @param groupType the group type every event belongs to (such as {@code deployment}), or null
 * @param groupKey the key of that group (such as {@code dep_123}), or null
 * @param hasher how identifiers are hashed
 * @param clock the clock that stamps events
 * @param uuidSupplier mints the per-event {@code uuid}
 * @param uuidsFromClock whether the {@code uuid}s are the default version 7 ones from {@code
 *     clock}, which the client then mints from the time it already read for the timestamp
 * @param privacyProperties whether events carry {@code "$geoip_disable": true} and {@code "$ip":
 *     null}
 * @param historicalMigration whether batches carry {@code "historical_migration": true}
 * @param gzip whether request bodies are gzip-compressed
 */
public record WireSettings(
    URI endpoint,
    String apiKey,
    String libraryName,
    String libraryVersion,
    String groupType,
    String groupKey,
    Hasher hasher,
    Clock clock,
    Supplier<UUID> uuidSupplier,
    boolean uuidsFromClock,
    boolean privacyProperties,
    boolean historicalMigration,
    boolean gzip) {

  /**
   * The URL batches go to, as it may be printed: any credentials in it ({@code user:password@},
   * the query) replaced by {@code ***}.
   *
   * @return the printable batch URL, or null without an endpoint
   */
  public String batchUrlForLogs() {
    if (endpoint == null) {
      return null;
    }
    return Endpoints.redacted(HttpSink.batchUri(endpoint));
  }

  /** Names every setting but the API key and the endpoint's credentials, which are never printed. */
  @Override
  public String toString() {
    return "WireSettings[endpoint=" + Endpoints.redacted(endpoint) + ", apiKey=" + (apiKey == null ? "none" : "(set)")
        + ", library=" + libraryName + " " + libraryVersion + ", group=" + groupType + ":" + groupKey
        + ", hasher=" + hasher + ", privacyProperties=" + privacyProperties
        + ", historicalMigration=" + historicalMigration + ", gzip=" + gzip + "]";
  }
}
