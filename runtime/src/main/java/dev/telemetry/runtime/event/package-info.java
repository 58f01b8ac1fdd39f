/**
 * The contract between generated code and the runtime: descriptors, writers, the streaming JSON
 * output they write to, and the per-module event index.
 */
package dev.telemetry.runtime.event;
