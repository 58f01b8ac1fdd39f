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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * Posts batches to PostHog's {@code {endpoint}/batch/} with the JDK's {@link HttpClient}, and
 * classifies the reply: 2xx delivered (reading {@code quotaLimited}); 408, 429 and 5xx retried
 * (with {@code Retry-After}); 413, or a 400 that speaks of size, split; other statuses refused.
 * The HTTP client, and so its selector thread, is created at the first send, not before. Up to
 * {@link TelemetryConfig#maxInFlightRequests()} requests are sent at once; {@code send} is
 * thread-safe.
 */
public final class HttpSink implements Sink {
  private final TelemetryConfig config;
  private final URI batchUri;
  private HttpClient client;

  /** A sink for {@code config.endpoint()}, with its timeouts, gzip switch and API key. */
  public HttpSink(TelemetryConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.endpoint() == null) {
      throw new IllegalArgumentException("the HTTP sink needs an endpoint: set endpoint(URI) or {PREFIX}_URL");
    }
    this.batchUri = batchUri(config.endpoint());
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
    HttpResponse<String> response =
        client().send(
            request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    return classify(
        response.statusCode(),
        response.headers().firstValue("Retry-After").orElse(null),
        response.body(),
        Instant.now());
  }

  /** The configured {@link TelemetryConfig#maxInFlightRequests()}. */
  @Override
  public int maxConcurrentSends() {
    return config.maxInFlightRequests();
  }

  /** Maps one reply to an outcome; {@code now} is the wall-clock time, for HTTP-date Retry-After. */
  static SendOutcome classify(int status, String retryAfter, String body, Instant now) {
    String detail = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
    if (status >= 200 && status < 300) {
      return SendOutcome.delivered(quotaLimited(body));
    }
    if (status == 413 || (status == 400 && speaksOfSize(body))) {
      return SendOutcome.tooLarge(detail);
    }
    if (status == 408 || status == 429 || status >= 500) {
      return SendOutcome.retry(detail, RetryAfter.parse(retryAfter, now));
    }
    return SendOutcome.rejected(detail);
  }

  private static List<String> quotaLimited(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    try {
      Object value = JsonReader.parse(body);
      if (value instanceof Map && ((Map<?, ?>) value).get("quotaLimited") instanceof List) {
        List<String> kinds = new ArrayList<>();
        for (Object kind : (List<?>) ((Map<?, ?>) value).get("quotaLimited")) {
          kinds.add(String.valueOf(kind));
        }
        return kinds;
      }
    } catch (IllegalArgumentException notJson) {
      // A reply that is not JSON says nothing about quotas; the status already said it was accepted.
    }
    return List.of();
  }

  private static boolean speaksOfSize(String body) {
    String text = body == null ? "" : body.toLowerCase(Locale.ROOT);
    return text.contains("too large") || text.contains("too big") || text.contains("size");
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

  private synchronized HttpClient client() {
    if (client == null) {
      HttpClient.Builder builder =
          HttpClient.newBuilder()
              .connectTimeout(config.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER);
      if ("http".equalsIgnoreCase(batchUri.getScheme())) {
        // Cleartext HTTP/2 would need an upgrade dance on every connection for no gain.
        builder.version(HttpClient.Version.HTTP_1_1);
      }
      client = builder.build();
    }
    return client;
  }

  @Override
  public synchronized void close() {
    client = null;
  }

  @Override
  public String toString() {
    return "HttpSink[" + batchUri + "]";
  }
}
