/**
 * Measures 3 and 4: delivering 200,000 events end to end to the loopback collector, cleanly and
 * under faults, each client in a JVM of its own so that its heap and its exit are its own.
 */
package dev.telemetry.benchmarks.delivery;
