package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Example;
import dev.telemetry.catalogue.model.GroupSpec;
import dev.telemetry.catalogue.model.Hashing;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.encode.BatchBody;
import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Encodes each event's catalogue {@code example} with the runtime's own {@link EventEncoder}, so
 * the published payloads are the bytes the product would send and cannot drift from the wire.
 * Everything that would vary between runs is fixed: the clock, and a UUID derived from the event
 * name.
 */
final class ExampleBatches {
  /**
   * The key of the HMAC used for the examples of a catalogue hashed with {@code hmac-sha256}.
   * Real deployments use their own secret, so their hashes differ from the published ones.
   */
  static final String EXAMPLE_HMAC_SECRET = "documentation-example-secret-key";

  private ExampleBatches() {}

  /** The batch body of every event that has an example, by event name, in declaration order. */
  static Map<String, byte[]> encode(Catalogue catalogue, DocsOptions options) {
    Map<String, byte[]> batches = new LinkedHashMap<>();
    for (EventSpec event : catalogue.events().values()) {
      Example example = event.example();
      if (example != null) {
        batches.put(event.name(), encode(catalogue, event, example, options));
      }
    }
    return batches;
  }

  private static byte[] encode(Catalogue catalogue, EventSpec event, Example example, DocsOptions options) {
    TelemetryConfig.Builder config =
        TelemetryConfig.builder()
            .library(options.exampleLibrary(), options.exampleLibraryVersion())
            .clock(Clock.fixed(options.exampleTime(), ZoneOffset.UTC))
            .uuidSupplier(() -> exampleUuid(event.name()));
    if (catalogue.hashing() == Hashing.HMAC_SHA256) {
      config.hmacSha256(EXAMPLE_HMAC_SECRET.getBytes(StandardCharsets.UTF_8));
    } else {
      config.sha256();
    }
    String groupType = event.group() != null ? event.group() : firstGroup(catalogue);
    if (groupType != null) {
      config.group(groupType, options.exampleGroupKey());
    }
    String given = event.group() != null ? example.groupKey() : example.distinctId();
    TelemetryConfig built = config.build();
    EncodedEvent encoded = new EventEncoder(built).encode(new ExampleEventWriter(catalogue, event), example, given);
    return BatchBody.encode(List.of(encoded), built);
  }

  private static String firstGroup(Catalogue catalogue) {
    return catalogue.groups().values().stream().map(GroupSpec::name).findFirst().orElse(null);
  }

  /** A UUID that depends only on the event name, so the examples are the same on every run. */
  static UUID exampleUuid(String eventName) {
    return UUID.nameUUIDFromBytes(("telemetry-catalogue example " + eventName).getBytes(StandardCharsets.UTF_8));
  }
}
