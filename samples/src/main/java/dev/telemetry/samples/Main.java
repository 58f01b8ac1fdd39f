package dev.telemetry.samples;

import dev.telemetry.runtime.DeliveryStats;
import dev.telemetry.runtime.TelemetryClient;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.samples.cli.DocsLocation;
import dev.telemetry.samples.cli.Options;
import dev.telemetry.samples.cli.Summary;
import dev.telemetry.samples.cli.TelemetrySetup;
import dev.telemetry.samples.domain.Ids;
import dev.telemetry.samples.scenario.AccessScenario;
import dev.telemetry.samples.scenario.LoadRun;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the access-management sample: plays a working day that tracks every catalogue event, says
 * where the events went and where the published docs are, and ends with the line {@code
 * tracked=N delivered=N dropped=N failed=N} (followed by {@code spooled=N pending=N} and {@code
 * sent-from-spool=N} when they are not zero). See {@link Options#USAGE} for the switches.
 */
public final class Main {
  /** How many threads {@code --events} tracks from. */
  public static final int LOAD_THREADS = 4;

  private Main() {}

  /** Runs the sample and exits with its status (see {@link #run}). */
  public static void main(String[] args) {
    int status;
    try {
      status = run(args, System.getenv(), Path.of("").toAbsolutePath(), System.out, System.err);
    } catch (InterruptedException e) {
      System.err.println("interrupted before every event was tracked");
      status = 1;
    }
    System.exit(status);
  }

  /**
   * Runs the sample with this environment and working directory, printing to {@code out} and
   * {@code err}.
   *
   * @return 0 when nothing was lost (every tracked event was delivered or spooled, or telemetry is
   *     switched off), 1 when an event was dropped or failed, 2 when the arguments are wrong
   * @throws InterruptedException when interrupted while the load run's threads track
   */
  public static int run(String[] args, Map<String, String> env, Path workingDirectory, PrintStream out, PrintStream err)
      throws InterruptedException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(Options.USAGE);
      return 2;
    }
    if (options.help()) {
      out.print(Options.USAGE);
      return 0;
    }
    TelemetrySetup setup = TelemetrySetup.of(options, env, AccessScenario.DEPLOYMENT.id());
    TelemetryConfig config = setup.telemetryConfig();
    out.println(setup.describe());

    DeliveryStats stats;
    TelemetryClient client = TelemetryClient.create(config);
    try {
      if (options.events() == 0) {
        out.println("tracking nothing: delivering what the spool holds");
        client.flush(config.delivery().closeTimeout());
      } else if (options.events() > 0) {
        out.println("playing the access scenario from " + LOAD_THREADS + " threads until "
            + options.events() + " events are tracked");
        LoadRun.run(client::track, options.events(), LOAD_THREADS);
      } else {
        out.println("playing the access scenario once: " + AccessScenario.EVENTS_PER_PASS
            + " events, every event of the catalogue");
        new AccessScenario(client::track, new Ids()).playOnce();
      }
    } finally {
      stats = client.close(config.delivery().closeTimeout()).stats();
    }
    out.println(DocsLocation.describe(workingDirectory));
    String warning = Summary.warning(stats);
    if (warning != null) {
      err.println(warning);
    }
    out.println(Summary.lines(stats));
    return Summary.exitStatus(stats);
  }
}
