/**
 * What a product writes to send the benchmark events with a peer client: the properties as maps,
 * the identifiers hashed by the caller, and for the Jackson baseline the equivalent POJOs.
 */
package dev.telemetry.benchmarks.peers;
