/**
 * The two benchmark events as a product would write them (annotated records), their writers, and
 * the deterministic workload that every client sends.
 */
package dev.telemetry.benchmarks.events;
