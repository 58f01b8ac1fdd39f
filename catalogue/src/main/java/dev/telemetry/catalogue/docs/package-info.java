/**
 * The generated documentation of a catalogue: the "what we collect" page as Markdown and as one
 * self-contained HTML file, JSON Schemas of every event, a machine-readable catalogue, and the
 * exact example payloads, encoded by the runtime's own encoder. Needs no compiler, so a docs
 * pipeline can run it from the command line ({@link dev.telemetry.catalogue.docs.DocsGenerator#main}).
 */
package dev.telemetry.catalogue.docs;
