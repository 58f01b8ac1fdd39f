package dev.telemetry.runtime.event;

import java.util.List;

/**
 * All events of one compiled module: the processor generates one implementation per module and
 * registers it in {@code META-INF/services}, so the runtime finds every writer with one
 * {@link java.util.ServiceLoader} lookup and no reflection or class-path scanning.
 */
public interface EventIndex {
  /** The namespace of the catalogue, such as {@code cf}. */
  String namespace();

  /** The hashing the catalogue declares: {@code sha256} or {@code hmac-sha256}. */
  String hashing();

  /** One writer per event class of the module. */
  List<EventWriter<?>> writers();
}
