/**
 * The wire format: events encoded once into PostHog batch JSON, batch bodies, UUIDv7, and a small
 * JSON reader for replies. Depends on the JDK only.
 */
package dev.telemetry.runtime.internal.encode;
