/**
 * A fault-injecting PostHog-like collector on the loopback interface, for tests of telemetry
 * delivery and shutdown paths. Uses the JDK's {@code jdk.httpserver} module.
 */
package dev.telemetry.runtime.testing;
