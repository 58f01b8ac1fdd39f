/**
 * The Telemetry Catalogue runtime: the client that sends the events a catalogue declares, in
 * PostHog's batch format, with the JDK only.
 *
 * <p>What a product uses: the annotations ({@link dev.telemetry.annotations}), the client and its
 * configuration ({@link dev.telemetry.runtime}), the hashing of identifiers ({@link
 * dev.telemetry.runtime.hash}), the sinks ({@link dev.telemetry.runtime.sink}) and the testing kit
 * ({@link dev.telemetry.runtime.testing}). {@link dev.telemetry.runtime.event} is what generated
 * code calls; a product does not call it itself. Everything else lives in {@code
 * dev.telemetry.runtime.internal}, is not exported, and may change in any release.
 *
 * <p>A product on the module path declares the index the processor generates: {@code provides
 * dev.telemetry.runtime.event.EventIndex with <generated package>.<Namespace>EventIndex;}. The testing
 * kit's {@code CaptureServer} needs {@code jdk.httpserver}, which a test module requires itself.
 */
module dev.telemetry.runtime {
  requires static jdk.httpserver;

  exports dev.telemetry.annotations;
  exports dev.telemetry.runtime;
  exports dev.telemetry.runtime.event;
  exports dev.telemetry.runtime.hash;
  exports dev.telemetry.runtime.sink;
  exports dev.telemetry.runtime.testing;

  uses dev.telemetry.runtime.event.EventIndex;
}
