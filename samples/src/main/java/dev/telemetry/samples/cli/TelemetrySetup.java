package dev.telemetry.samples.cli;

import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.sink.JsonLinesFileSink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the sample's telemetry configuration the way a product embeds the runtime: environment
 * switches under the product's own prefix, {@value #ENV_PREFIX}; the command line wins over the
 * environment; and, when no endpoint is given at all, the embedded default, a JSON-lines file.
 */
public final class TelemetrySetup {
  /** The prefix of the sample's environment switches: {@code CF_ANALYTICS_DISABLED} and so on. */
  public static final String ENV_PREFIX = "CF_ANALYTICS";

  /** The group every event belongs to. */
  public static final String GROUP_TYPE = "deployment";

  private final TelemetryConfig config;
  private final String destination;

  private TelemetrySetup(TelemetryConfig config, String destination) {
    this.config = config;
    this.destination = destination;
  }

  /**
   * The configuration for {@code options} and the environment {@code env}, for the deployment
   * {@code deploymentId}.
   */
  public static TelemetrySetup of(Options options, Map<String, String> env, String deploymentId) {
    Map<String, String> switches = new HashMap<>(env);
    if (options.endpoint() != null) {
      switches.put(ENV_PREFIX + "_URL", options.endpoint());
    }
    if (options.apiKey() != null) {
      switches.put(ENV_PREFIX + "_API_KEY", options.apiKey());
    }
    if (options.spool() != null) {
      switches.put(ENV_PREFIX + "_SPOOL_DIR", options.spool().toString());
    }
    TelemetryConfig.Builder builder =
        TelemetryConfig.fromEnvironment(ENV_PREFIX, switches)
            .group(GROUP_TYPE, deploymentId)
            // A short-lived command: retry briefly, and let close() wait long enough for a slow endpoint.
            .retry(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(10))
            .closeTimeout(Duration.ofSeconds(15));
    String url = switches.get(ENV_PREFIX + "_URL");
    if (url != null && !url.isBlank()) {
      TelemetryConfig config = builder.build();
      return new TelemetrySetup(config, config.disabled() ? null : config.wire().batchUrlForLogs());
    }
    Path file = options.out() != null ? options.out() : defaultFile();
    TelemetryConfig config = builder.sink(new JsonLinesFileSink(file)).build();
    return new TelemetrySetup(config, config.disabled() ? null : "JSON lines in " + file.toAbsolutePath());
  }

  /** The configuration to create the client with. */
  public TelemetryConfig telemetryConfig() {
    return config;
  }

  /** One line saying where events go, or that nothing is sent and why. */
  public String describe() {
    if (destination == null) {
      return "telemetry is off (" + config.disabledBecause() + "): nothing is sent";
    }
    return "telemetry sends to " + destination
        + (config.delivery().spoolDirectory() == null ? "" : ", spooling in " + config.delivery().spoolDirectory().toAbsolutePath());
  }

  // Printed, so without credentials: user information and the query are replaced by ***.
  /** A new file per run; the sink creates it (and its folder) with the first batch, so a run that sends nothing leaves none. */
  private static Path defaultFile() {
    String name = "events-" + UUID.randomUUID() + ".jsonl";
    return Path.of(System.getProperty("java.io.tmpdir"), "telemetry-samples", name);
  }
}
