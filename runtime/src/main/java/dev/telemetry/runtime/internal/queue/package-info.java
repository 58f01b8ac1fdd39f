/**
 * The bounded in-memory queue between {@code track} and the delivery thread: lock-free for the
 * callers, holding encoded events and immutable events still to encode.
 */
package dev.telemetry.runtime.internal.queue;
