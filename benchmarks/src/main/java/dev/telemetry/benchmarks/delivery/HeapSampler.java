package dev.telemetry.benchmarks.delivery;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap every 5 ms on a daemon thread and keeps the highest values seen: the heap in
 * use (live data and garbage not yet collected, so it follows the allocation rate and the young
 * generation's size), and the heap in use just after the last collection of each pool (the data
 * the client keeps alive: its queue, its buffers).
 */
final class HeapSampler implements AutoCloseable {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
      .toList();

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;
  private volatile long peakAfterCollection;

  HeapSampler() {
    thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  /** The heap in use now, in bytes. */
  static long used() {
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** The heap in use after the last collection of each heap pool, in bytes. */
  static long usedAfterCollection() {
    long used = 0;
    for (MemoryPoolMXBean pool : HEAP_POOLS) {
      MemoryUsage usage = pool.getCollectionUsage();
      used += usage == null ? 0 : usage.getUsed();
    }
    return used;
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, used());
      peakAfterCollection = Math.max(peakAfterCollection, usedAfterCollection());
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

  /** The highest heap use after a collection seen so far, in bytes. */
  long peakAfterCollection() {
    return Math.max(peakAfterCollection, usedAfterCollection());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
