package dev.telemetry.catalogue.model;

/** The catalogue's {@code kind} of an event. */
public enum EventKind {
  CAPTURE("capture"),
  IDENTIFY("identify"),
  GROUP_IDENTIFY("group-identify");

  private final String key;

  EventKind(String key) {
    this.key = key;
  }

  /** The value written in the catalogue. */
  public String key() {
    return key;
  }

  /** The runtime's equivalent. */
  public dev.telemetry.runtime.event.EventKind toRuntime() {
    return dev.telemetry.runtime.event.EventKind.valueOf(name());
  }
}
