package dev.telemetry.runtime.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/** How the {@link CaptureServer} answers one request. Immutable; build with the factories. */
public final class Reply {
  private final int status;
  private final String body;
  private final Map<String, String> headers;
  private final Duration delay;
  private final boolean reset;
  private final CountDownLatch release;

  private Reply(
      int status, String body, Map<String, String> headers, Duration delay, boolean reset, CountDownLatch release) {
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
    this.delay = delay;
    this.reset = reset;
    this.release = release;
  }

  /** PostHog's success reply: 200 with {@code {"status": 1}}. */
  public static Reply ok() {
    return status(200, "{\"status\":1}");
  }

  /** A reply with this status and an empty body. */
  public static Reply status(int status) {
    return status(status, "");
  }

  /** A reply with this status and body. */
  public static Reply status(int status, String body) {
    return new Reply(status, Objects.requireNonNull(body, "body"), Map.of(), Duration.ZERO, false, null);
  }

  /** A 200 reply saying that the project is over quota for these data kinds. */
  public static Reply quotaLimited(String... kinds) {
    StringBuilder json = new StringBuilder("{\"status\":1,\"quotaLimited\":[");
    for (int i = 0; i < kinds.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(kinds[i]).append('"');
    }
    return status(200, json.append("]}").toString());
  }

  /** Closes the connection without any reply, as a crashed or restarted collector does. */
  public static Reply reset() {
    return new Reply(0, "", Map.of(), Duration.ZERO, true, null);
  }

  /** This reply with a {@code Retry-After} header (seconds, or an HTTP date). */
  public Reply retryAfter(String value) {
    return header("Retry-After", value);
  }

  /** This reply with one more header. */
  public Reply header(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, body, more, delay, reset, release);
  }

  /** This reply, sent only after {@code delay} (a slow collector). */
  public Reply after(Duration delay) {
    return new Reply(status, body, headers, Objects.requireNonNull(delay, "delay"), reset, release);
  }

  /**
   * This reply, sent only once {@code release} reaches zero (after any {@link #after} delay): a
   * collector that answers exactly when the test says so, where a fixed delay would be a guess
   * about how fast the test runs. Stopping the server ends the wait.
   */
  public Reply heldUntil(CountDownLatch release) {
    return new Reply(status, body, headers, delay, reset, Objects.requireNonNull(release, "release"));
  }

  /** The HTTP status (0 for a reset). */
  public int statusCode() {
    return status;
  }

  /** Whether the status is 2xx. */
  public boolean accepts() {
    return !reset && status >= 200 && status < 300;
  }

  boolean isReset() {
    return reset;
  }

  byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  Map<String, String> headers() {
    return headers;
  }

  Duration delay() {
    return delay;
  }

  /** The latch the reply waits for, or null when it waits for none. */
  CountDownLatch release() {
    return release;
  }

  @Override
  public String toString() {
    return reset ? "reset" : "HTTP " + status + (headers.isEmpty() ? "" : " " + headers);
  }
}
