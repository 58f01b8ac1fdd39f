package dev.telemetry.benchmarks.contenders;

/**
 * One client under test, pointed at the loopback collector. {@link #track} is the call a product
 * makes on its own thread; {@link #flush} and {@link #close} are what the client's documentation
 * asks a product to call.
 */
public interface Contender extends AutoCloseable {
  /** Tracks one workload event (see {@link dev.telemetry.benchmarks.events.Workload}). */
  void track(Object event);

  /** Asks the client to send what it holds now; some clients have no such call (see each one). */
  void flush();

  /** Closes the client as its documentation says a product should at shutdown. */
  @Override
  void close();
}
