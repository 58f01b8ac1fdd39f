package dev.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import dev.telemetry.runtime.testing.CapturedRequest;
import dev.telemetry.runtime.testing.Reply;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 200,000 events against a collector that fails one request in five: none lost, none twice. */
class SoakTest {
  private static final int EVENTS = 200_000;
  private static final Pattern UUID_FIELD = Pattern.compile("\"uuid\":\"([0-9a-f-]{36})\"");

  private final CaptureServer server = CaptureServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void noLossAndNoDuplicatesWhenOneRequestInFiveFails() {
    server.policy((n, body) -> n % 5 == 0 ? Reply.status(503) : Reply.ok());
    Set<UUID> delivered = ConcurrentHashMap.newKeySet();
    TelemetryListener listener =
        new TelemetryListener() {
          @Override
          public void onDelivered(EncodedEvent event) {
            delivered.add(event.uuid());
          }
        };
    try (TelemetryClient client =
        TelemetryClient.create(
            Configs.fast()
                .endpoint(server.uri())
                .batch(1_000, 4 << 20)
                .queue(EVENTS, 256L << 20)
                .retry(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(60))
                .listener(listener)
                .build())) {
      RequestCreated event = RequestCreated.example();
      for (int i = 0; i < EVENTS; i++) {
        client.track(event);
      }
      assertTrue(client.flush(Duration.ofSeconds(60)).completed());
      DeliveryStats stats = client.stats();
      assertEquals(EVENTS, stats.delivered(), stats::toString);
      assertEquals(0, stats.dropped() + stats.failed() + stats.pending(), stats::toString);
    }
    Set<String> received = new HashSet<>();
    int acceptedCopies = 0;
    int failedRequests = 0;
    for (CapturedRequest request : server.requests()) {
      if (!request.reply().accepts()) {
        failedRequests++;
        continue;
      }
      Matcher uuids = UUID_FIELD.matcher(request.bodyText());
      while (uuids.find()) {
        received.add(uuids.group(1));
        acceptedCopies++;
      }
    }
    assertTrue(failedRequests > 0, "the collector did fail some requests");
    assertEquals(EVENTS, acceptedCopies, "no event was accepted twice");
    assertEquals(EVENTS, received.size(), "no event was lost");
    assertEquals(EVENTS, delivered.size());
    for (UUID uuid : delivered) {
      assertTrue(received.contains(uuid.toString()));
    }
  }
}
