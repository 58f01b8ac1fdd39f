/** The background delivery loop: batching, retries with backoff, splitting, accounting. */
package dev.telemetry.runtime.internal.delivery;
