/**
 * Loading a catalogue file: {@link dev.telemetry.catalogue.load.CatalogueLoader} reads YAML or
 * JSON into a located {@link dev.telemetry.catalogue.load.Node} tree, has it validated, and
 * reports every {@link dev.telemetry.catalogue.load.Problem} with file:line:column.
 */
package dev.telemetry.catalogue.load;
