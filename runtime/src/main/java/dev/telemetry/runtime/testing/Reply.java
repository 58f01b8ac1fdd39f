package dev.telemetry.runtime.testing;

import dev.telemetry.runtime.internal.encode.JsonReader;
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
  private final long paddedTo;
  private final Duration trickle;

  private Reply(
      int status, String body, Map<String, String> headers, Duration delay, boolean reset, CountDownLatch release) {
    this(status, body, headers, delay, reset, release, 0, null);
  }

  private Reply(
      int status,
      String body,
      Map<String, String> headers,
      Duration delay,
      boolean reset,
      CountDownLatch release,
      long paddedTo,
      Duration trickle) {
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
    this.delay = delay;
    this.reset = reset;
    this.release = release;
    this.paddedTo = paddedTo;
    this.trickle = trickle;
  }

  /**
   * A reply whose body is {@code start} followed by spaces up to {@code length} bytes, streamed
   * without being held in memory: a collector (or a proxy) answering with far more than it should.
   */
  public static Reply oversized(int status, String start, long length) {
    return new Reply(status, Objects.requireNonNull(start, "start"), Map.of(), Duration.ZERO, false, null, length, null);
  }

  /**
   * This reply with its body sent one byte at a time, {@code perByte} apart, after the headers: a
   * reply that trickles in and never seems to end.
   */
  public Reply trickled(Duration perByte) {
    return new Reply(status, body, headers, delay, reset, release, paddedTo, Objects.requireNonNull(perByte, "perByte"));
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
    return new Reply(status, body, more, delay, reset, release, paddedTo, trickle);
  }

  /** This reply, sent only after {@code delay} (a slow collector). */
  public Reply after(Duration delay) {
    return new Reply(status, body, headers, Objects.requireNonNull(delay, "delay"), reset, release, paddedTo, trickle);
  }

  /**
   * This reply, sent only once {@code release} reaches zero (after any {@link #after} delay): a
   * collector that answers exactly when the test says so, where a fixed delay would be a guess
   * about how fast the test runs. Stopping the server ends the wait.
   */
  public Reply heldUntil(CountDownLatch release) {
    return new Reply(
        status, body, headers, delay, reset, Objects.requireNonNull(release, "release"), paddedTo, trickle);
  }

  /** The HTTP status (0 for a reset). */
  public int statusCode() {
    return status;
  }

  /**
   * Whether a client takes this reply as PostHog accepting the batch: a 2xx whose whole body, sent
   * at once, is a JSON object (an HTML page answering 200, or an oversized or trickling body, is not).
   */
  public boolean accepts() {
    if (reset || status < 200 || status >= 300 || paddedTo > 0 || trickle != null) {
      return false;
    }
    try {
      JsonReader.parseObject(body);
      return true;
    } catch (IllegalArgumentException notAnObject) {
      return false;
    }
  }

  boolean isReset() {
    return reset;
  }

  byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** The body's full length when it is padded, else 0. */
  long paddedTo() {
    return paddedTo;
  }

  /** The wait between body bytes, or null when the body is sent at once. */
  Duration trickle() {
    return trickle;
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
