package dev.telemetry.runtime;

import dev.telemetry.runtime.sink.Sink;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a client delivers: batches, the in-memory queue, retries, timeouts, the sink and listener,
 * and the spool on disk. Read it from {@link TelemetryConfig#delivery()}; set it with {@link
 * TelemetryConfig.Builder}.
 *
 * @param batchMaxEvents the most events in one batch
 * @param batchMaxBytes the most bytes of events in one batch
 * @param flushInterval how long an event may wait for a batch to fill before it is sent anyway
 * @param queueMaxEvents the most events waiting in memory
 * @param queueMaxBytes the most bytes of events waiting in memory
 * @param maxEventBytes the largest encoded event accepted by {@code track}
 * @param retryInitialBackoff the first retry waits up to this long (full jitter), doubling per
 *     attempt
 * @param retryMaxBackoff no single wait between attempts is longer than this (a {@code
 *     Retry-After} may ask for more, up to the budget)
 * @param retryBudget how long one batch may be retried, in total, before it is postponed (kept in
 *     the spool) or, without a spool, given up as failed
 * @param maxInFlightRequests how many requests may be in flight at once (see {@link
 *     TelemetryConfig.Builder#maxInFlightRequests(int)})
 * @param connectTimeout how long opening a connection may take
 * @param requestTimeout how long one request may take, the whole reply included
 * @param closeTimeout the deadline of {@link TelemetryClient#close()} and of the shutdown hook
 * @param overflowPolicy what happens when the queue is full
 * @param sink the sink that replaces HTTP delivery, or null for HTTP to the endpoint
 * @param listener receives per-event outcomes
 * @param shutdownHook whether the client closes itself (within {@code closeTimeout}) when the JVM
 *     shuts down: by default only with a spool, where closing writes what is queued to disk
 * @param spoolDirectory the spool directory, or null when events are kept in memory only
 * @param spoolMaxBytes the most bytes the spool directory holds before the oldest events are
 *     dropped (64 MiB by default)
 * @param spoolMaxAge how long a spooled event may wait to be sent before it is dropped (30 days by
 *     default)
 */
public record DeliverySettings(
    int batchMaxEvents,
    int batchMaxBytes,
    Duration flushInterval,
    int queueMaxEvents,
    long queueMaxBytes,
    int maxEventBytes,
    Duration retryInitialBackoff,
    Duration retryMaxBackoff,
    Duration retryBudget,
    int maxInFlightRequests,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration closeTimeout,
    OverflowPolicy overflowPolicy,
    Sink sink,
    TelemetryListener listener,
    boolean shutdownHook,
    Path spoolDirectory,
    long spoolMaxBytes,
    Duration spoolMaxAge) {}
