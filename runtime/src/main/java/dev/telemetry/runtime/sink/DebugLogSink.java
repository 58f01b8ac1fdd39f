package dev.telemetry.runtime.sink;

import dev.telemetry.runtime.internal.Log;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Logs every event (at INFO, through {@link System.Logger} {@code dev.telemetry.runtime}) instead
 * of sending it: lets a product show what it would send without sending anything.
 */
public final class DebugLogSink implements Sink {

  /** Creates the sink. */
  public DebugLogSink() {}

  @Override
  public SendOutcome send(List<EncodedEvent> batch) {
    for (EncodedEvent event : batch) {
      Log.get().log(Level.INFO, "telemetry event (not sent, debug log sink): {0}", event.json());
    }
    return SendOutcome.delivered();
  }
}
