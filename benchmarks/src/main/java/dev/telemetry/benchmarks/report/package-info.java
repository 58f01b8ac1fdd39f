/** Turns the JSON results of a benchmark run into the Markdown tables of BENCHMARKS.md. */
package dev.telemetry.benchmarks.report;
