package dev.telemetry.runtime.sink;

import java.io.IOException;
import java.util.List;

/**
 * Where batches go. The client's sender threads call {@link #send} with one batch each and handle
 * the outcome: retries, splitting, accounting. By default ({@link #maxConcurrentSends()} is 1)
 * {@code send} is never called by two threads at once, so implementations need not be thread-safe
 * for it.
 */
public interface Sink extends AutoCloseable {
  /**
   * Delivers one batch.
   *
   * @return what happened; a retryable problem may also be thrown as an {@link IOException}
   * @throws IOException when delivery failed in a way worth retrying (connection, timeout)
   * @throws InterruptedException when the client is closing and its deadline has passed
   */
  SendOutcome send(List<EncodedEvent> batch) throws IOException, InterruptedException;

  /**
   * How many batches the client may have in {@link #send} at once, each from its own thread (it
   * uses at most {@value dev.telemetry.runtime.TelemetryConfig#MAX_IN_FLIGHT_REQUESTS}; values
   * below 1 count as 1). The default, 1, keeps every call to {@code send} apart from the others.
   * When it is greater than 1, {@code send} must be thread-safe. Read once, when the client starts.
   */
  default int maxConcurrentSends() {
    return 1;
  }

  /** Releases what the sink holds; the client calls it once, when it closes. */
  @Override
  default void close() throws IOException {}
}
