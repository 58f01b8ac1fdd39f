/**
 * Benchmarks of the telemetry runtime against the Java clients users would otherwise pick:
 * encoding, caller cost, end-to-end delivery, delivery under faults and the processor's build
 * cost. Run them with {@code benchmarks/run.sh}; see BENCHMARKS.md at the root for the results.
 */
package dev.telemetry.benchmarks;
