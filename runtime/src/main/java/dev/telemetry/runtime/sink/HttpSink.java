package dev.telemetry.runtime.sink;

import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.encode.BatchBody;
import dev.telemetry.runtime.encode.EncodedEvent;
import dev.telemetry.runtime.encode.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

/**
 * Posts batches to PostHog's {@code {endpoint}/batch/} with the JDK's {@link HttpClient}, and
 * classifies the reply: a 2xx whose body is PostHog's JSON object is delivered (reading {@code
 * quotaLimited}); a 2xx with anything else (an HTML page from a captive portal or a proxy, an
 * empty or cut-off body) and 408, 429 and 5xx are retried (with {@code Retry-After}); 413 is
 * split; other statuses are refused. The reply is read up to {@value #MAX_REPLY_BYTES} bytes and
 * the whole exchange, body included, is bounded by the request timeout, so no reply can exhaust
 * memory or hold a sender. The HTTP client is created at the first send, not before, and shared
 * by every client of the process with the same connect timeout. Up to {@link
 * TelemetryConfig#maxInFlightRequests()} requests are sent at once; {@code send} is thread-safe.
 */
public final class HttpSink implements Sink {
  /** The most bytes of a reply body read; PostHog's replies are a few dozen. */
  static final int MAX_REPLY_BYTES = 8 * 1024;

  private static final System.Logger LOG = System.getLogger("dev.telemetry.runtime");
  private static final Set<String> WARNED_CLEARTEXT = ConcurrentHashMap.newKeySet();

  private final TelemetryConfig config;
  private final URI batchUri;

  /** A sink for {@code config.endpoint()}, with its timeouts, gzip switch and API key. */
  public HttpSink(TelemetryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.endpoint() == null) {
      throw new IllegalArgumentException("the HTTP sink needs an endpoint: set endpoint(URI) or {PREFIX}_URL");
    }
    this.batchUri = batchUri(config.endpoint());
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
    HttpRequest.Builder request =
        HttpRequest.newBuilder(batchUri)
            .timeout(config.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", config.libraryName() + "/" + config.libraryVersion());
    if (config.gzip()) {
      body = gzip(body);
      request.header("Content-Encoding", "gzip");
    }
    AtomicReference<ReplyBody> reading = new AtomicReference<>();
    CompletableFuture<HttpResponse<ReplyBody.Read>> exchange =
        client()
            .sendAsync(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                info -> {
                  ReplyBody reply = new ReplyBody(MAX_REPLY_BYTES);
                  reading.set(reply);
                  return reply;
                });
    HttpResponse<ReplyBody.Read> response;
    try {
      response = exchange.get(config.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon(exchange, reading.get());
      throw new HttpTimeoutException(
          "no complete reply within the request timeout of " + config.requestTimeout());
    } catch (InterruptedException e) {
      abandon(exchange, reading.get());
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      throw new IOException("the exchange failed: " + cause, cause);
    }
    ReplyBody.Read reply = response.body();
    return classify(
        response.statusCode(),
        response.headers().firstValue("Retry-After").orElse(null),
        reply.text(),
        reply.truncated(),
        Instant.now());
  }

  /** The configured {@link TelemetryConfig#maxInFlightRequests()}. */
  @Override
  public int maxConcurrentSends() {
    return config.maxInFlightRequests();
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

  private static void abandon(CompletableFuture<?> exchange, ReplyBody reading) {
    if (reading != null) {
      reading.cancel();
    }
    exchange.cancel(true);
  }

  private static void warnIfKeyInCleartext(TelemetryConfig config) {
    URI endpoint = config.endpoint();
    if (config.apiKey() != null
        && "http".equalsIgnoreCase(endpoint.getScheme())
        && !Endpoints.isLoopback(endpoint)
        && WARNED_CLEARTEXT.add(Endpoints.redacted(endpoint))) {
      LOG.log(
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

  private HttpClient client() {
    // Cleartext HTTP/2 would need an upgrade dance on every connection for no gain.
    return SharedHttpClients.get(config.connectTimeout(), "http".equalsIgnoreCase(batchUri.getScheme()));
  }

  @Override
  public String toString() {
    return "HttpSink[" + Endpoints.redacted(batchUri) + "]";
  }
}
