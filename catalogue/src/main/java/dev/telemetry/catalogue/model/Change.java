package dev.telemetry.catalogue.model;

/**
 * One entry of the catalogue's {@code changes} list: a change in what is collected, declared with
 * the version that makes it and the reason for it. The published changelog is made of these.
 *
 * @param version the product version that makes the change, as written
 * @param kind more data collected, or breaking for whoever analyses the data
 * @param what the change, in the words the change gate uses ({@code property ns:x.y.z added})
 * @param reason why the change is made
 * @param location where the entry is declared
 */
public record Change(String version, ChangeKind kind, String what, String reason, Location location) {}
