/**
 * The telemetry client: configuration, {@code track}, delivery statistics and per-event
 * callbacks. Depends on the JDK only.
 */
package dev.telemetry.runtime;
