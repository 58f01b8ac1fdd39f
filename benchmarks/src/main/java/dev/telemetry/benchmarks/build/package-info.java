/** Measure 5: what the annotation processor adds to javac, on synthetic catalogues. */
package dev.telemetry.benchmarks.build;
