package dev.telemetry.runtime.testing;

import dev.telemetry.runtime.internal.encode.JsonReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request the {@link CaptureServer} received, its body already un-gzipped (and un-chunked),
 * and the reply it was given.
 *
 * @param method the HTTP method
 * @param path the request path, such as {@code /batch/}
 * @param headers the request headers, names in lower case, first value of each
 * @param body the decoded body
 * @param remote the client's address and port (one per connection)
 * @param receivedNanos when it arrived, on the {@link System#nanoTime()} scale
 * @param reply how the server answered
 */
public record CapturedRequest(
    String method,
    String path,
    Map<String, String> headers,
    byte[] body,
    InetSocketAddress remote,
    long receivedNanos,
    Reply reply) {

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body parsed as a JSON object. */
  public Map<String, Object> json() {
    return JsonReader.parseObject(bodyText());
  }

  /** The events of the {@code batch} array, parsed. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> events() {
    Object batch = json().get("batch");
    return batch instanceof List ? (List<Map<String, Object>>) batch : List.of();
  }
}
