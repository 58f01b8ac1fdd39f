package dev.telemetry.runtime.sink;

import dev.telemetry.runtime.encode.EncodedEvent;
import java.io.IOException;
import java.util.List;

/**
 * Where batches go. The client's single delivery thread calls {@link #send} with one batch at a
 * time and handles the outcome: retries, splitting, accounting. Implementations need not be
 * thread-safe for {@code send}.
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

  /** Releases what the sink holds; the client calls it once, when it closes. */
  @Override
  default void close() throws IOException {}
}
