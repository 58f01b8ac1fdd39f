/** The compile-time side of event lifecycles: the build day and the expiry gate. */
package dev.telemetry.processor.lifecycle;
