package dev.telemetry.samples.domain;

import java.util.concurrent.atomic.AtomicLong;

/** Mints IDs such as {@code req_1a} and {@code rul_2b}: a prefix and a counter. Thread-safe. */
public final class Ids {
  private final AtomicLong counter = new AtomicLong();

  /** A generator starting at 1. */
  public Ids() {}

  /** The next ID with this prefix, such as {@code req_1}. */
  public String next(String prefix) {
    return prefix + "_" + Long.toString(counter.incrementAndGet(), 36);
  }
}
