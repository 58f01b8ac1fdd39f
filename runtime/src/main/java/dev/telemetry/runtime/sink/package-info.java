/**
 * Where batches go: HTTP to PostHog (the default), a debug log, a JSON-lines file, or memory for
 * tests.
 */
package dev.telemetry.runtime.sink;
