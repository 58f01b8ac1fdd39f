package dev.telemetry.runtime;

import dev.telemetry.runtime.internal.Log;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The switches of one environment prefix ({@code {PREFIX}_DISABLED}, {@code DO_NOT_TRACK}, {@code
 * {PREFIX}_URL}, ...), as {@link TelemetryConfig.Builder#environment} documents them. A privacy
 * switch fails closed; any other bad value is logged and ignored, never thrown at the product.
 */
final class EnvironmentSwitches {

  private final String prefix;
  private final Map<String, String> env;

  EnvironmentSwitches(String prefix, Map<String, String> env) {
    this.prefix = prefix;
    this.env = env;
  }

  /** Why the environment turns sending off, or null when it does not. */
  String offBecause() {
    String url = value("_URL");
    if (url != null && httpUri(url) == null) {
      return prefix + "_URL is not an http(s) URL: " + url;
    }
    String disabled = env.get(prefix + "_DISABLED");
    if (switchesOff(disabled)) {
      return prefix + "_DISABLED=" + disabled;
    }
    String doNotTrack = env.get("DO_NOT_TRACK");
    return switchesOff(doNotTrack) ? "DO_NOT_TRACK=" + doNotTrack : null;
  }

  boolean debug() {
    return "debug".equalsIgnoreCase(value("_LOG_LEVEL"));
  }

  URI endpointOr(URI fallback) {
    String url = value("_URL");
    URI parsed = url == null ? null : httpUri(url);
    return parsed != null ? parsed : fallback;
  }

  String apiKeyOr(String fallback) {
    String key = value("_API_KEY");
    return key != null ? key : fallback;
  }

  Path spoolDirectoryOr(Path fallback) {
    String directory = value("_SPOOL_DIR");
    if (directory == null) {
      return fallback;
    }
    try {
      return Path.of(directory);
    } catch (InvalidPathException e) {
      Log.get().log(
          System.Logger.Level.WARNING,
          "telemetry: {0}_SPOOL_DIR={1} is not a path ({2}); events are kept in memory only",
          prefix, directory, e.getMessage());
      return fallback;
    }
  }

  int maxInFlightRequestsOr(int fallback) {
    String count = value("_MAX_IN_FLIGHT_REQUESTS");
    if (count == null) {
      return fallback;
    }
    try {
      return SettingChecks.inFlightRange(Integer.parseInt(count), prefix + "_MAX_IN_FLIGHT_REQUESTS");
    } catch (IllegalArgumentException e) {
      Log.get().log(
          System.Logger.Level.WARNING,
          "telemetry: {0}_MAX_IN_FLIGHT_REQUESTS={1} is ignored: it must be a whole number from 1 to"
              + " {2}; keeping {3}",
          prefix, count, TelemetryConfig.MAX_IN_FLIGHT_REQUESTS, fallback);
      return fallback;
    }
  }

  /** An absolute http or https URI, or null when {@code text} is not one. */
  static URI httpUri(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (uri.getHost() == null
          || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return uri;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  // The trimmed value of {PREFIX}{suffix}, or null when it is unset or blank.
  private String value(String suffix) {
    String value = env.get(prefix + suffix);
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.trim();
  }

  // A privacy switch fails closed: any value but empty, 0 or false (in any case) means off, so
  // DO_NOT_TRACK=yes, =on or =please all work.
  private static boolean switchesOff(String value) {
    String v = value == null ? "" : value.trim();
    return !v.isEmpty() && !"0".equals(v) && !"false".equalsIgnoreCase(v);
  }
}
