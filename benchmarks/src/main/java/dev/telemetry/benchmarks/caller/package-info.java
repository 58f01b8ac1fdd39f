/** Measure 2: the cost of one track or capture call on the caller's thread. */
package dev.telemetry.benchmarks.caller;
