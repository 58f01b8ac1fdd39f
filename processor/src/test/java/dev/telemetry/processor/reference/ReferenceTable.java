package dev.telemetry.processor.reference;

import java.util.function.Supplier;

/**
 * One reference table of the manual: where it goes and how the code's own descriptors render it.
 *
 * @param region the marked region of a {@code docs/} page the table fills
 * @param source the descriptor it is generated from, named in the region's opening marker
 * @param markdown renders the table from the descriptor, as it is now
 */
record ReferenceTable(GeneratedRegion region, String source, Supplier<String> markdown) {}
