package dev.telemetry.runtime.sink;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Logs every event (at INFO, through {@link System.Logger} {@code dev.telemetry.runtime}) instead
 * of sending it: lets a product show what it would send without sending anything.
 */
public final class DebugLogSink implements Sink {
  private static final System.Logger LOG = System.getLogger("dev.telemetry.runtime");

  /** Creates the sink. */
  public DebugLogSink() {}

  @Override
  public SendOutcome send(List<EncodedEvent> batch) {
    for (EncodedEvent event : batch) {
      LOG.log(Level.INFO, "telemetry event (not sent, debug log sink): {0}", event.json());
    }
    return SendOutcome.delivered();
  }
}
