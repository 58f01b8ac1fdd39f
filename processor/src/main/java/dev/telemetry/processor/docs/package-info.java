/**
 * Writes the documentation of the catalogue (the "what we collect" page, catalogue JSON, schemas
 * and example payloads of {@code dev.telemetry.catalogue.docs.DocsGenerator}) once per compile,
 * where the {@code -Atelemetry.docs*} options say.
 */
package dev.telemetry.processor.docs;
