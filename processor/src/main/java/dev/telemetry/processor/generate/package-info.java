/**
 * Generates Java sources from the catalogue alone: for every event that no annotated class
 * claims, an immutable event record with a staged builder, its enums, the records of the named
 * types it uses, and a reflection-free writer. Entry point: {@link
 * dev.telemetry.processor.generate.CatalogueCodeGenerator}.
 */
package dev.telemetry.processor.generate;
