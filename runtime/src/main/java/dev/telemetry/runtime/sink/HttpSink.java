package dev.telemetry.runtime.sink;

import dev.telemetry.runtime.DeliverySettings;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.Log;
import dev.telemetry.runtime.internal.encode.BatchBody;
import dev.telemetry.runtime.internal.encode.JsonReader;
import dev.telemetry.runtime.internal.http.Endpoints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Posts batches to PostHog's {@code {endpoint}/batch/} with the JDK's {@link HttpURLConnection},
 * and classifies the reply: a 2xx whose body is PostHog's JSON object is delivered (reading {@code
 * quotaLimited}); a 2xx with anything else (an HTML page from a captive portal or a proxy, an
 * empty or cut-off body) and 408, 429 and 5xx are retried (with {@code Retry-After}); 413 is
 * split; other statuses are refused. The reply is read up to {@value #MAX_REPLY_BYTES} bytes and
 * the whole exchange, body included, is bounded by the request timeout, so no reply can exhaust
 * memory or hold a sender. {@code HttpURLConnection} rather than {@code java.net.http.HttpClient}:
 * a cold JVM makes its first request with it in about a tenth of the time (tens of milliseconds
 * against hundreds, plus the JIT work that delays the exit of a short-lived process), it keeps
 * connections alive across clients in one process-wide pool, and it starts no thread per client.
 * Up to {@link DeliverySettings#maxInFlightRequests()} requests are sent at once; {@code send} is
 * thread-safe.
 */
public final class HttpSink implements Sink {
  /** The most bytes of a reply body read; PostHog's replies are a few dozen. */
  static final int MAX_REPLY_BYTES = 8 * 1024;

  private static final Set<String> WARNED_CLEARTEXT = ConcurrentHashMap.newKeySet();

  private final TelemetryConfig config;
  private final URI batchUri;
  // Made at the first send: a client that only spools (and a short-lived program) never pays for
  // the URL machinery.
  private volatile URL batchUrl;

  /** A sink for {@code config.wire().endpoint()}, with its timeouts, gzip switch and API key. */
  public HttpSink(TelemetryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.wire().endpoint() == null) {
      throw new IllegalArgumentException("the HTTP sink needs an endpoint: set endpoint(URI) or {PREFIX}_URL");
    }
    this.batchUri = batchUri(config.wire().endpoint());
    warnIfKeyInCleartext(config);
  }

  /** Where batches for {@code endpoint} go: its path with {@code /batch/} appended. */
  public static URI batchUri(URI endpoint) {
    String base = endpoint.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return URI.create(base + "/batch/");
  }

  @Override
  public SendOutcome send(List<EncodedEvent> batch) throws IOException, InterruptedException {
    byte[] body = BatchBody.encode(batch, config);
    if (config.wire().gzip()) {
      body = gzip(body);
    }
    long deadline = System.nanoTime() + config.delivery().requestTimeout().toNanos();
    HttpURLConnection connection = (HttpURLConnection) batchUrl().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    connection.setConnectTimeout(millis(config.delivery().connectTimeout()));
    connection.setReadTimeout(millis(config.delivery().requestTimeout()));
    connection.setFixedLengthStreamingMode(body.length);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setRequestProperty("User-Agent", config.wire().libraryName() + "/" + config.wire().libraryVersion());
    if (config.wire().gzip()) {
      connection.setRequestProperty("Content-Encoding", "gzip");
    }
    // The watchdog bounds sending the body and waiting for the headers; the reply's body is read
    // with per-read deadlines instead. Disconnecting while the body is read would hand a kept-alive
    // stream to the JDK's cleaner thread, which drains it while holding the stream's lock, and so
    // holds this sender for as long as the reply trickles in.
    ExchangeWatchdog.watch(connection, deadline);
    boolean watched = true;
    int status;
    String retryAfter;
    byte[] reply;
    boolean truncated;
    try {
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
      status = connection.getResponseCode();
      retryAfter = connection.getHeaderField("Retry-After");
      watched = false;
      if (ExchangeWatchdog.release(connection)) {
        throw cutOff();
      }
      InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      byte[] buffer = new byte[MAX_REPLY_BYTES + 1];
      int read = 0;
      if (in != null) {
        try (in) {
          int n;
          do {
            // Each read gets only what is left of the exchange's time: a trickling body cannot
            // stretch it, and a closing client does not wait for it.
            long left = deadline - System.nanoTime();
            if (left <= 0) {
              throw new SocketTimeoutException(
                  "no complete reply within the request timeout of " + config.delivery().requestTimeout());
            }
            if (Thread.currentThread().isInterrupted()) {
              throw new InterruptedIOException("the client is closing");
            }
            connection.setReadTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            n = in.read(buffer, read, buffer.length - read);
            read += Math.max(0, n);
          } while (n > 0 && read < buffer.length);
        }
      }
      truncated = read > MAX_REPLY_BYTES;
      reply = java.util.Arrays.copyOf(buffer, Math.min(read, MAX_REPLY_BYTES));
      if (truncated) {
        // The rest is not wanted; dropping the connection spares reading it.
        connection.disconnect();
      }
    } catch (IOException e) {
      boolean cutOffByWatchdog = watched && ExchangeWatchdog.release(connection);
      connection.disconnect();
      if (Thread.interrupted()) {
        throw new InterruptedException("the client is closing");
      }
      throw cutOffByWatchdog ? cutOff() : e;
    }
    return classify(status, retryAfter, new String(reply, StandardCharsets.UTF_8), truncated, Instant.now());
  }

  private URL batchUrl() throws IOException {
    URL url = batchUrl;
    if (url == null) {
      try {
        url = batchUri.toURL();
      } catch (MalformedURLException | IllegalArgumentException e) {
        throw new IOException("the telemetry endpoint is not a URL: " + Endpoints.redacted(batchUri), e);
      }
      batchUrl = url;
    }
    return url;
  }

  private SocketTimeoutException cutOff() {
    return new SocketTimeoutException(
        "no complete reply within the request timeout of " + config.delivery().requestTimeout());
  }

  private static int millis(Duration duration) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toMillis()));
  }

  /** The configured {@link DeliverySettings#maxInFlightRequests()}. */
  @Override
  public int maxConcurrentSends() {
    return config.delivery().maxInFlightRequests();
  }

  /**
   * Maps one reply to an outcome; {@code truncated} says the body went on past what was read, and
   * {@code now} is the wall-clock time, for HTTP-date Retry-After.
   */
  static SendOutcome classify(int status, String retryAfter, String body, boolean truncated, Instant now) {
    String detail =
        "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body))
            + (truncated ? " (reply cut off after " + MAX_REPLY_BYTES + " bytes)" : "");
    if (status >= 200 && status < 300) {
      Map<?, ?> reply = truncated ? null : postHogReply(body);
      if (reply == null) {
        // A captive portal, a proxy's error page or a cut-off reply: the events did not reach
        // PostHog, and the network will likely be right later.
        return SendOutcome.retry(
            detail + "; the reply is not PostHog's JSON (a captive portal or proxy?)", null);
      }
      return SendOutcome.delivered(quotaLimited(reply));
    }
    if (status == 413) {
      return SendOutcome.tooLarge(detail);
    }
    if (status == 408 || status == 429 || status >= 500) {
      return SendOutcome.retry(detail, RetryAfter.parse(retryAfter, now));
    }
    return SendOutcome.rejected(detail);
  }

  private static Map<?, ?> postHogReply(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      Object value = JsonReader.parse(body);
      return value instanceof Map ? (Map<?, ?>) value : null;
    } catch (IllegalArgumentException notJson) {
      return null;
    }
  }

  private static List<String> quotaLimited(Map<?, ?> reply) {
    if (!(reply.get("quotaLimited") instanceof List)) {
      return List.of();
    }
    List<String> kinds = new ArrayList<>();
    for (Object kind : (List<?>) reply.get("quotaLimited")) {
      kinds.add(String.valueOf(kind));
    }
    return kinds;
  }

  private static void warnIfKeyInCleartext(TelemetryConfig config) {
    URI endpoint = config.wire().endpoint();
    if (config.wire().apiKey() != null
        && "http".equalsIgnoreCase(endpoint.getScheme())
        && !Endpoints.isLoopback(endpoint)
        && WARNED_CLEARTEXT.add(Endpoints.redacted(endpoint))) {
      Log.get().log(
          System.Logger.Level.WARNING,
          "telemetry: the API key is sent unencrypted to {0}; use an https:// endpoint",
          Endpoints.redacted(endpoint));
    }
  }

  private static String abbreviate(String body) {
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "HttpSink[" + Endpoints.redacted(batchUri) + "]";
  }
}
