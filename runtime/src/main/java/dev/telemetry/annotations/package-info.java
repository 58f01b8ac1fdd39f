/**
 * The annotations that tie application classes to the telemetry catalogue. They have class
 * retention: the annotation processor reads them, the running program never needs them.
 */
package dev.telemetry.annotations;
