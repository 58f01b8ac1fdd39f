package dev.telemetry.benchmarks.delivery;

/**
 * What one delivery run measured.
 *
 * @param contender the client
 * @param faults {@code none} or {@code standard} (20% 503, 5% 429 with Retry-After: 1)
 * @param events events tracked
 * @param trackSeconds time to make every track call
 * @param closeSeconds time the close call took
 * @param drainSeconds time from the last track call to the last accepted event
 * @param delivered distinct events the collector accepted
 * @param duplicates extra copies the collector accepted
 * @param lost events tracked but never accepted
 * @param eventsPerSecond delivered events per second, from the first track call to the last
 *     accepted event
 * @param batchRequests batch requests the collector received
 * @param failedRequests batch requests it answered 503 or 429
 * @param baselineHeapMb heap in use before the run, after a full collection
 * @param peakHeapMb the most heap in use during the run, garbage included (sampled every 5 ms)
 * @param peakLiveHeapMb the most heap in use just after a collection during the run: what the
 *     client keeps alive
 * @param clientReport what the client itself reports (ours: its accounting), or empty
 * @param exitedAfterClose whether the JVM ended on its own after close (filled in by the parent)
 * @param exitSeconds time from the result to the JVM's end (filled in by the parent), or -1
 */
public record DeliveryResult(
    String contender,
    String faults,
    int events,
    double trackSeconds,
    double closeSeconds,
    double drainSeconds,
    long delivered,
    long duplicates,
    long lost,
    double eventsPerSecond,
    long batchRequests,
    long failedRequests,
    double baselineHeapMb,
    double peakHeapMb,
    double peakLiveHeapMb,
    String clientReport,
    boolean exitedAfterClose,
    double exitSeconds) {

  /** This result with the parent's observation of the JVM's exit. */
  public DeliveryResult withExit(boolean exited, double seconds) {
    return new DeliveryResult(contender, faults, events, trackSeconds, closeSeconds, drainSeconds, delivered,
        duplicates, lost, eventsPerSecond, batchRequests, failedRequests, baselineHeapMb, peakHeapMb,
        peakLiveHeapMb, clientReport, exited, seconds);
  }
}
