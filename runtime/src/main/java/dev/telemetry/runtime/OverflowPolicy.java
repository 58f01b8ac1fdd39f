package dev.telemetry.runtime;

/** What the client does when an event arrives and the queue is full (by count or by bytes). */
public enum OverflowPolicy {
  /** Keep what is queued and drop the new event: the oldest data gets out first. The default. */
  DROP_NEWEST,
  /** Drop the oldest queued events to make room: the freshest data wins. */
  DROP_OLDEST
}
