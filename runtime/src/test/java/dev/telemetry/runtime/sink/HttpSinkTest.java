package dev.telemetry.runtime.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.sink.SendOutcome.Status;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpSinkTest {
  private final Instant now = Instant.parse("2020-01-01T00:00:00Z");

  @Test
  void batchUriAppendsBatchToThePath() {
    assertEquals(URI.create("https://eu.i.posthog.com/batch/"), HttpSink.batchUri(URI.create("https://eu.i.posthog.com")));
    assertEquals(URI.create("https://eu.i.posthog.com/batch/"), HttpSink.batchUri(URI.create("https://eu.i.posthog.com/")));
    assertEquals(URI.create("http://proxy:8080/ph/batch/"), HttpSink.batchUri(URI.create("http://proxy:8080/ph")));
  }

  @Test
  void classifiesReplies() {
    assertEquals(Status.DELIVERED, HttpSink.classify(200, null, "{\"status\":1}", now).status());
    assertEquals(Status.DELIVERED, HttpSink.classify(204, null, "", now).status());
    assertEquals(Status.TOO_LARGE, HttpSink.classify(413, null, "", now).status());
    assertEquals(Status.TOO_LARGE, HttpSink.classify(400, null, "Request size too large", now).status());
    assertEquals(Status.REJECTED, HttpSink.classify(400, null, "{\"detail\":\"invalid api key\"}", now).status());
    assertEquals(Status.REJECTED, HttpSink.classify(401, null, "", now).status());
    assertEquals(Status.REJECTED, HttpSink.classify(302, null, "", now).status());
    for (int retryable : new int[] {408, 429, 500, 502, 503, 504}) {
      assertEquals(Status.RETRY, HttpSink.classify(retryable, null, "", now).status(), "HTTP " + retryable);
    }
  }

  @Test
  void retryAfterIsPassedOn() {
    assertEquals(Duration.ofSeconds(7), HttpSink.classify(429, "7", "", now).retryAfter());
    assertEquals(Duration.ofSeconds(3), HttpSink.classify(503, "Wed, 01 Jan 2020 00:00:03 GMT", "", now).retryAfter());
  }

  @Test
  void readsQuotaLimited() {
    SendOutcome outcome = HttpSink.classify(200, null, "{\"status\":1,\"quotaLimited\":[\"events\"]}", now);
    assertEquals(List.of("events"), outcome.quotaLimited());
    assertEquals(List.of(), HttpSink.classify(200, null, "not json", now).quotaLimited());
  }

  @Test
  void detailsNameTheStatusAndBody() {
    String detail = HttpSink.classify(401, null, "{\"detail\": \"bad key\"}", now).detail();
    assertTrue(detail.contains("401") && detail.contains("bad key"), detail);
  }

  @Test
  void needsAnEndpoint() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new HttpSink(TelemetryConfig.builder().build()));
    assertTrue(e.getMessage().contains("endpoint"), e.getMessage());
  }
}
