/** The loopback collector every client sends to: it answers, injects faults and counts events. */
package dev.telemetry.benchmarks.collector;
