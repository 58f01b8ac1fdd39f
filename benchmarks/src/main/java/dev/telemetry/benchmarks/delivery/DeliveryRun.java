package dev.telemetry.benchmarks.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.telemetry.benchmarks.collector.Faults;
import dev.telemetry.benchmarks.collector.LoopbackCollector;
import dev.telemetry.benchmarks.contenders.Contender;
import dev.telemetry.benchmarks.contenders.Contenders;
import dev.telemetry.benchmarks.contenders.OursContender;
import dev.telemetry.benchmarks.events.Workload;
import java.time.Duration;

/**
 * One delivery run, in a JVM of its own: starts the collector, tracks every event as fast as one
 * thread can, closes the client as its documentation says, waits until the collector has heard
 * nothing for a while, and prints one line {@code RESULT <json>}. Its {@code main} then simply
 * returns: whether the JVM ends is for the parent ({@link DeliveryBenchmark}) to see.
 *
 * <p>Arguments: contender, number of events, {@code none} or {@code standard} faults.
 */
public final class DeliveryRun {
  /** The prefix of the line that carries the result. */
  static final String RESULT = "RESULT ";
  // Longer than any client's own flush interval would be too long; longer than every retry
  // backoff seen with Retry-After: 1 is enough to know that a client has stopped sending.
  private static final Duration QUIET = Duration.ofSeconds(5);

  private DeliveryRun() {}

  /** Runs one delivery; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String contenderName = args[0];
    int events = Integer.parseInt(args[1]);
    Faults faults = "standard".equals(args[2]) ? Faults.STANDARD : Faults.NONE;

    LoopbackCollector collector = LoopbackCollector.start(faults, events);
    Contender contender = Contenders.create(contenderName, collector.uri());
    System.gc();
    long baseline = HeapSampler.used();
    HeapSampler heap = new HeapSampler();

    long start = System.nanoTime();
    for (int n = 0; n < events; n++) {
      contender.track(Workload.event(n));
    }
    long tracked = System.nanoTime();
    contender.close();
    long closed = System.nanoTime();
    collector.awaitDistinct(events, QUIET);
    heap.close();

    LoopbackCollector.Counts counts = collector.counts();
    long last = counts.lastAcceptedNanos() == 0 ? tracked : counts.lastAcceptedNanos();
    String clientReport =
        contender instanceof OursContender ours ? ours.stats().toString() : "";
    DeliveryResult result = new DeliveryResult(
        contenderName,
        args[2],
        events,
        seconds(tracked - start),
        seconds(closed - tracked),
        Math.max(0, seconds(last - tracked)),
        counts.distinctEvents(),
        counts.duplicateEvents(),
        events - counts.distinctEvents(),
        counts.distinctEvents() / Math.max(1e-9, seconds(last - start)),
        counts.batchRequests(),
        counts.failedRequests(),
        megabytes(baseline),
        megabytes(heap.peak()),
        megabytes(heap.peakAfterCollection()),
        clientReport,
        false,
        -1);
    collector.close();
    System.out.println(RESULT + new ObjectMapper().writeValueAsString(result));
    System.out.flush();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static double megabytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
