package dev.telemetry.runtime.internal.encode;

import dev.telemetry.runtime.sink.EncodedEvent;
import dev.telemetry.runtime.TelemetryConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of one {@code POST /batch/}: {@code {"api_key": ..., "historical_migration": true,
 * "batch": [...]}}, where {@code api_key} appears when one is configured and {@code
 * historical_migration} when it is switched on. The events are copied in as they were encoded.
 */
public final class BatchBody {
  private BatchBody() {}

  /** Encodes the body for {@code events} with the API key and migration flag of {@code config}. */
  public static byte[] encode(List<EncodedEvent> events, TelemetryConfig config) {
    StringBuilder head = new StringBuilder("{");
    if (config.wire().apiKey() != null) {
      head.append("\"api_key\":").append(JsonString.quoted(config.wire().apiKey())).append(',');
    }
    if (config.wire().historicalMigration()) {
      head.append("\"historical_migration\":true,");
    }
    head.append("\"batch\":[");
    byte[] prefix = head.toString().getBytes(StandardCharsets.UTF_8);
    int size = prefix.length + 2 + Math.max(0, events.size() - 1);
    for (EncodedEvent event : events) {
      size += event.size();
    }
    byte[] body = new byte[size];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    int at = prefix.length;
    for (int i = 0; i < events.size(); i++) {
      if (i > 0) {
        body[at++] = ',';
      }
      at = events.get(i).copyInto(body, at);
    }
    body[at++] = ']';
    body[at] = '}';
    return body;
  }
}
