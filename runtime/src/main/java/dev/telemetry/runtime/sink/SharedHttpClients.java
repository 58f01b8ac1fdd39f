package dev.telemetry.runtime.sink;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One JDK {@link HttpClient} per setting, shared by every client of the process. An HttpClient owns
 * a selector thread that Java 17 cannot stop (it has no {@code close}; the thread ends only when
 * the client is garbage-collected), so a product that creates and closes telemetry clients (tests,
 * a CLI's subcommands, a plugin reloaded) would otherwise pile up threads; sharing keeps one.
 */
final class SharedHttpClients {
  private record Setting(Duration connectTimeout, boolean http1) {}

  private static final Map<Setting, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private SharedHttpClients() {}

  /** The shared client with this connect timeout; HTTP/1.1 only when {@code http1}. */
  static HttpClient get(Duration connectTimeout, boolean http1) {
    return CLIENTS.computeIfAbsent(new Setting(connectTimeout, http1), SharedHttpClients::create);
  }

  private static HttpClient create(Setting setting) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(setting.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    if (setting.http1()) {
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    return builder.build();
  }
}
