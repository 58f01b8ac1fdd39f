package dev.telemetry.runtime.internal.queue;

/**
 * The bytes an event of one class is counted at in the queue while it waits to be encoded: the
 * largest encoded size seen so far for that class, or {@link #INITIAL_BYTES} before the first.
 * Written by the delivery thread only, read by callers of {@code track}.
 */
public final class SizeEstimate {
  /** The size counted for an event of a class none of whose events has been encoded yet. */
  public static final int INITIAL_BYTES = 1024;

  private volatile int largest;

  /** An estimate that has seen no event yet. */
  public SizeEstimate() {}

  /** The bytes to count for one unencoded event. */
  public int bytes() {
    int seen = largest;
    return seen == 0 ? INITIAL_BYTES : seen;
  }

  /** Learns the real size of one encoded event (from the delivery thread). */
  void learn(int size) {
    if (size > largest) {
      largest = size;
    }
  }
}
