package dev.telemetry.catalogue.evolution;

import dev.telemetry.catalogue.model.ChangeKind;

/**
 * One difference between two catalogues.
 *
 * @param kind more data, breaking, or neutral
 * @param what the change in words, the same a {@code changes} entry declares it with
 * @param event the event it is in, or null (a policy change, a named type)
 * @param property the property path inside the event or type, or null
 */
public record CatalogueChange(ChangeKind kind, String what, String event, String property) {}
