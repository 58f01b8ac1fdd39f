package dev.telemetry.benchmarks.cli;

import dev.telemetry.benchmarks.collector.Faults;
import dev.telemetry.benchmarks.collector.LoopbackCollector;
import dev.telemetry.benchmarks.contenders.Contenders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link TinyCli} as whole processes: for each client, {@code --pairs} pairs of runs, the
 * program without telemetry and with it back to back (in alternating order, so that drift in the
 * machine's state falls on both), and reports the median wall time of each and the median of the
 * paired differences, which is what a user of the command feels. For {@code ours-spool} it then
 * checks that the collector received every run's event (the last one on a run that sends what is
 * spooled).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.telemetry.benchmarks.cli.CliBenchmark --pairs 10
 * </pre>
 */
public final class CliBenchmark {
  private static int spooledRuns;

  private CliBenchmark() {}

  public static void main(String[] args) throws Exception {
    int pairs = 10;
    List<String> clients = new ArrayList<>(List.of(TinyCli.OURS_SPOOL, Contenders.OURS, Contenders.POSTHOG_SERVER, Contenders.POSTHOG_JAVA, Contenders.SEGMENT));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pairs" -> pairs = Integer.parseInt(args[++i]);
        case "--clients" -> clients = Arrays.asList(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path spool = Files.createTempDirectory("cli-benchmark-spool");
    String spoolCheck = null;
    try (LoopbackCollector collector = LoopbackCollector.start(Faults.NONE, 1 << 21)) {
      // Warms the file cache and the JIT's shared archive, so that the first pair is not an outlier.
      run(TinyCli.NONE, collector, spool);
      run(TinyCli.NONE, collector, spool);
      System.out.println("| client | without telemetry (median ms) | with (median ms) | added (median of pairs, ms) | added, min–max (ms) |");
      System.out.println("|---|---:|---:|---:|---:|");
      for (String client : clients) {
        long distinctBefore = collector.counts().distinctEvents();
        long[] without = new long[pairs];
        long[] with = new long[pairs];
        long[] added = new long[pairs];
        for (int i = 0; i < pairs; i++) {
          if (i % 2 == 0) {
            without[i] = run(TinyCli.NONE, collector, spool);
            with[i] = run(client, collector, spool);
          } else {
            with[i] = run(client, collector, spool);
            without[i] = run(TinyCli.NONE, collector, spool);
          }
          added[i] = with[i] - without[i];
        }
        long[] sortedAdded = added.clone();
        Arrays.sort(sortedAdded);
        System.out.printf(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %.1f | %.1f–%.1f |%n",
            client, ms(median(without)), ms(median(with)), ms(median(added)), ms(sortedAdded[0]), ms(sortedAdded[pairs - 1]));
        if (client.equals(TinyCli.OURS_SPOOL)) {
          // A run that flushes sends what the short runs left in the spool.
          run(TinyCli.OURS_SPOOL_DRAIN, collector, spool);
          collector.awaitDistinct(distinctBefore + spooledRuns, Duration.ofSeconds(5));
          long received = collector.counts().distinctEvents() - distinctBefore;
          spoolCheck =
              "ours-spool: the collector received " + received + " of the " + spooledRuns
                  + " events of its runs, all sent by a later run that flushed (a run shorter than"
                  + " DeliveryLoop.BACKLOG_START_MILLIS never opens a connection for the backlog)";
        }
      }
      if (spoolCheck != null) {
        System.out.println();
        System.out.println(spoolCheck);
      }
    }
  }

  private static int runs;

  private static long run(String client, LoopbackCollector collector, Path spool) throws IOException, InterruptedException {
    int number = client.equals(TinyCli.OURS_SPOOL) ? ++spooledRuns : ++runs + 1_000_000;
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                TinyCli.class.getName(),
                client,
                collector.uri().toString(),
                spool.toString(),
                Integer.toString(number))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    int status = process.waitFor();
    long took = System.nanoTime() - start;
    if (status != 0) {
      throw new IllegalStateException(client + " exited with " + status);
    }
    return took;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
