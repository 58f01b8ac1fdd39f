package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Location;

/**
 * One thing wrong with a catalogue file.
 *
 * @param code a stable code, such as {@code CATALOGUE-UNKNOWN-KEY} or a policy rule's code
 * @param location where it is, file:line:column
 * @param message what is wrong, in plain words
 * @param fix how to fix it (the nearest known key, the valid values...), or null
 */
public record Problem(String code, Location location, String message, String fix) {
  /** {@code file:line:column: message (fix)}, as a compiler would print it. */
  @Override
  public String toString() {
    return location + ": " + message + (fix == null ? "" : " " + fix);
  }
}
