package dev.telemetry.runtime.internal.delivery;

import dev.telemetry.runtime.sink.EncodedEvent;
import java.util.List;

/** Where the outcome of each part of a batch goes: the accounting, and the spool when there is one. */
interface Settlement {
  /** The collector accepted {@code part}; {@code quotaLimited} as it said. */
  void delivered(List<EncodedEvent> part, List<String> quotaLimited);

  /** {@code part} was refused for good (retrying cannot help), for {@code detail}. */
  void refused(List<EncodedEvent> part, String detail);

  /**
   * {@code part} could not be sent now (retry budget spent, the collector asked to wait longer,
   * the client is closing), for {@code detail}: with a spool it is kept for later.
   */
  void postponed(List<EncodedEvent> part, String detail);
}
