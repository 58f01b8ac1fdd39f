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
    assertEquals(Status.DELIVERED, HttpSink.classify(200, null, "{\"status\":1}", false, now).status());
    assertEquals(Status.TOO_LARGE, HttpSink.classify(413, null, "", false, now).status());
    // PostHog signals a batch too large with 413 only; a 400 mentioning size is refused, not split.
    assertEquals(Status.REJECTED, HttpSink.classify(400, null, "Request size too large", false, now).status());
    assertEquals(Status.REJECTED, HttpSink.classify(400, null, "{\"detail\":\"event size\"}", false, now).status());
    assertEquals(Status.REJECTED, HttpSink.classify(400, null, "{\"detail\":\"invalid api key\"}", false, now).status());
    assertEquals(Status.REJECTED, HttpSink.classify(401, null, "", false, now).status());
    assertEquals(Status.REJECTED, HttpSink.classify(302, null, "", false, now).status());
    for (int retryable : new int[] {408, 429, 500, 502, 503, 504}) {
      assertEquals(Status.RETRY, HttpSink.classify(retryable, null, "", false, now).status(), "HTTP " + retryable);
    }
  }

  @Test
  void retryAfterIsPassedOn() {
    assertEquals(Duration.ofSeconds(7), HttpSink.classify(429, "7", "", false, now).retryAfter());
    assertEquals(Duration.ofSeconds(3), HttpSink.classify(503, "Wed, 01 Jan 2020 00:00:03 GMT", "", false, now).retryAfter());
  }

  @Test
  void readsQuotaLimited() {
    SendOutcome outcome = HttpSink.classify(200, null, "{\"status\":1,\"quotaLimited\":[\"events\"]}", false, now);
    assertEquals(List.of("events"), outcome.quotaLimited());
  }

  @Test
  void aSuccessStatusWithoutPostHogsJsonIsRetried() {
    for (String body : new String[] {"", "  ", "not json", "<html><body>Sign in to the Wi-Fi</body></html>", "[1]", "\"ok\""}) {
      SendOutcome outcome = HttpSink.classify(200, null, body, false, now);
      assertEquals(Status.RETRY, outcome.status(), body);
      assertTrue(outcome.detail().contains("not PostHog's JSON"), outcome.detail());
    }
    assertEquals(Status.RETRY, HttpSink.classify(204, null, "", false, now).status());
    assertEquals(Status.RETRY, HttpSink.classify(200, null, "{\"status\":1", true, now).status());
    assertEquals(Status.RETRY, HttpSink.classify(200, null, "[".repeat(100_000), false, now).status());
  }

  @Test
  void detailsNameTheStatusAndBody() {
    String detail = HttpSink.classify(401, null, "{\"detail\": \"bad key\"}", false, now).detail();
    assertTrue(detail.contains("401") && detail.contains("bad key"), detail);
  }

  @Test
  void needsAnEndpoint() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new HttpSink(TelemetryConfig.builder().build()));
    assertTrue(e.getMessage().contains("endpoint"), e.getMessage());
  }
}
