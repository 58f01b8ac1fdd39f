/**
 * Validation of a parsed catalogue against the catalogue format (keys, names, types,
 * constraints, references, examples, purposes) and the personal-data policy, building the
 * immutable model; and {@link dev.telemetry.catalogue.validate.CatalogueSchema}, the JSON Schema
 * of the format for editors.
 */
package dev.telemetry.catalogue.validate;
