/**
 * What every generated {@code EventWriter} has in common, whichever generator writes it: the
 * class declaration, the descriptor constant, the constructor and the methods whose bodies do not
 * depend on how values are read. See {@link dev.telemetry.processor.writerkit.WriterSkeleton}.
 */
package dev.telemetry.processor.writerkit;
