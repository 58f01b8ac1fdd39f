/** The immutable model of a loaded catalogue: events, properties, types, metrics, policy. */
package dev.telemetry.catalogue.model;
