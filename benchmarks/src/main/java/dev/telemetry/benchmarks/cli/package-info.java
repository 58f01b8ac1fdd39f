/**
 * The short-lived process benchmark: a tiny command-line program that creates a client, tracks one
 * event and closes, timed as a whole process against the same program without telemetry.
 */
package dev.telemetry.benchmarks.cli;
