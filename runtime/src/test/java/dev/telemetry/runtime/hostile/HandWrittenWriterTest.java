package dev.telemetry.runtime.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.DropReason;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.event.JsonOutput;
import dev.telemetry.runtime.fixtures.Configs;
import dev.telemetry.runtime.fixtures.RequestCreated;
import dev.telemetry.runtime.testing.CaptureServer;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * A hand-written writer that misuses {@link JsonOutput} would write invalid JSON, and the
 * collector would refuse the whole batch with it: only its own event may be dropped.
 */
class HandWrittenWriterTest {
  private static final List<BiConsumer<RequestCreated, JsonOutput>> MISUSES =
      List.of(
          (event, out) -> out.name("a").name("b").value(1),
          (event, out) -> out.value("a value without a name"),
          (event, out) -> out.name("list").beginArray().name("inside").value(1).endArray(),
          (event, out) -> out.name("object").beginObject().endArray(),
          (event, out) -> out.name("dangling"));

  @Test
  void invalidJsonFromAHandWrittenWriterDropsOnlyItsEvent() throws Exception {
    try (CaptureServer server = CaptureServer.start();
        TelemetryClient client = TelemetryClient.create(Configs.fast().endpoint(server.uri()).build())) {
      for (int i = 0; i < 20; i++) {
        client.track(RequestCreated.numbered("req_" + i));
        if (i % 4 == 0) {
          client.track(new Misusing(MISUSES.get(i / 4)), RequestCreated.numbered("bad_" + i));
        }
      }
      assertTrue(client.flush(Duration.ofSeconds(20)).completed());
      assertEquals(20, client.stats().delivered(), client.stats().toString());
      assertEquals(MISUSES.size(), client.stats().dropped(DropReason.INVALID_EVENT));
      assertEquals(1, server.requestCount());
      assertEquals(20, server.acceptedEvents().size());
    }
  }

  private static final class Misusing implements EventWriter<RequestCreated> {
    private final BiConsumer<RequestCreated, JsonOutput> misuse;

    Misusing(BiConsumer<RequestCreated, JsonOutput> misuse) {
      this.misuse = misuse;
    }

    @Override
    public dev.telemetry.runtime.event.EventDescriptor descriptor() {
      return RequestCreated.Writer.INSTANCE.descriptor();
    }

    @Override
    public Class<RequestCreated> eventClass() {
      return RequestCreated.class;
    }

    @Override
    public String distinctId(RequestCreated event) {
      return event.requestedBy();
    }

    @Override
    public void writeProperties(RequestCreated event, JsonOutput out) {
      misuse.accept(event, out);
    }
  }
}
