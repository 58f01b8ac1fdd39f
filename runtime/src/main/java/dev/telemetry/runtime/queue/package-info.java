/** The bounded in-memory queue between {@code track} and the delivery thread. */
package dev.telemetry.runtime.queue;
