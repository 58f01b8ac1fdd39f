package dev.telemetry.samples.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The command line of the sample.
 *
 * @param endpoint the PostHog-compatible host to send to, or null (then {@code CF_ANALYTICS_URL},
 *     else the JSON-lines file)
 * @param apiKey the project API key, or null (then {@code CF_ANALYTICS_API_KEY})
 * @param events how many events to track from several threads; 0 to track none and only deliver
 *     what the spool holds; {@link #SCENARIO_ONCE} to play the scenario once
 * @param out the JSON-lines file, or null for a new file in the temporary folder
 * @param spool the spool directory, or null (then {@code CF_ANALYTICS_SPOOL_DIR}, else none)
 * @param help whether only the usage was asked for
 */
public record Options(String endpoint, String apiKey, long events, Path out, Path spool, boolean help) {
  /** {@link #events()} when {@code --events} is not given: play the scenario once. */
  public static final long SCENARIO_ONCE = -1;

  /** The usage text. */
  public static final String USAGE =
      "usage: java -jar telemetry-samples.jar [--endpoint URL] [--api-key KEY] [--events N] [--spool DIR] [--out FILE]\n"
          + "  --endpoint URL  send to a PostHog-compatible endpoint (POST URL/batch/); default: CF_ANALYTICS_URL,\n"
          + "                  else write JSON lines to a file\n"
          + "  --api-key KEY   the project API key; default: CF_ANALYTICS_API_KEY\n"
          + "  --events N      repeat the scenario from several threads until N events are tracked;\n"
          + "                  0 tracks nothing and only delivers what the spool holds\n"
          + "  --spool DIR     keep events on disk in DIR until delivered (a later run sends what is left);\n"
          + "                  default: CF_ANALYTICS_SPOOL_DIR, else none\n"
          + "  --out FILE      the JSON-lines file when no endpoint is set (default: a new file in the temporary folder)\n"
          + "environment: CF_ANALYTICS_DISABLED or DO_NOT_TRACK set to anything but empty, 0 or false sends\n"
          + "             nothing (and deletes what is spooled);\n"
          + "             CF_ANALYTICS_LOG_LEVEL=debug prints every event\n";

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException saying which argument is wrong and why
   */
  public static Options parse(String... args) {
    String endpoint = null;
    String apiKey = null;
    long events = SCENARIO_ONCE;
    Path out = null;
    Path spool = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--endpoint" -> endpoint = endpoint(value(args, ++i, arg));
        case "--api-key" -> apiKey = value(args, ++i, arg);
        case "--events" -> events = count(value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        case "--spool" -> spool = Path.of(value(args, ++i, arg));
        case "--help", "-h" -> {
          return new Options(null, null, SCENARIO_ONCE, null, null, true);
        }
        default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    return new Options(endpoint, apiKey, events, out, spool, false);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length || args[index].isBlank()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  /**
   * A mistyped endpoint on the command line is a wrong argument: it must not silently switch
   * telemetry off and exit 0 as if nothing had been lost.
   */
  private static String endpoint(String text) {
    try {
      URI uri = new URI(text.trim());
      String scheme = uri.getScheme();
      if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
        return text.trim();
      }
    } catch (URISyntaxException e) {
      // Reported below with the same words as a URL that is not http(s).
    }
    throw new IllegalArgumentException(
        "--endpoint needs an http(s) URL such as http://localhost:8000, but it is '" + text + "'");
  }

  private static long count(String text) {
    try {
      long n = Long.parseLong(text);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below with the same words as a number that is not positive.
    }
    throw new IllegalArgumentException("--events needs a whole number, 0 or more, but it is '" + text + "'");
  }
}
