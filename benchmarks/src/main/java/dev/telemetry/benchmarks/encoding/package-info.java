/** Measure 1: turning 1,000 events into the bytes of one batch request body. */
package dev.telemetry.benchmarks.encoding;
