package dev.telemetry.benchmarks.delivery;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the heap in use every 5 ms on a daemon thread and keeps the highest value seen. */
final class HeapSampler implements AutoCloseable {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** The heap in use now, in bytes. */
  static long used() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, used());
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The highest heap use seen so far, in bytes. */
  long peak() {
    return Math.max(peak, used());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
