package dev.telemetry.benchmarks.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.telemetry.benchmarks.contenders.Contenders;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures 3 and 4: runs {@link DeliveryRun} once per client and fault setting, each in a new JVM
 * with the same heap limit, records whether that JVM ends on its own after the client is closed,
 * and writes every result as JSON.
 *
 * <p>Arguments: {@code --events N} (200,000), {@code --faults none,standard}, {@code --contenders
 * a,b,...} (all), {@code --heap 1g}, {@code --out FILE} (delivery.json).
 */
public final class DeliveryBenchmark {
  private static final long EXIT_WAIT_SECONDS = 20;

  private DeliveryBenchmark() {}

  /** Runs every delivery; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    int events = 200_000;
    List<String> faults = List.of("none", "standard");
    List<String> contenders = Contenders.ALL;
    String heap = "1g";
    Path out = Path.of("delivery.json");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--events" -> events = Integer.parseInt(args[i + 1]);
        case "--faults" -> faults = Arrays.asList(args[i + 1].split(","));
        case "--contenders" -> contenders = Arrays.asList(args[i + 1].split(","));
        case "--heap" -> heap = args[i + 1];
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException(
            "unknown option " + args[i] + "; the options are --events, --faults, --contenders, --heap, --out");
      }
    }
    List<DeliveryResult> results = new ArrayList<>();
    for (String fault : faults) {
      for (String contender : contenders) {
        DeliveryResult result = run(contender, events, fault, heap);
        System.out.println(result);
        results.add(result);
      }
    }
    write(results, out);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  private static DeliveryResult run(String contender, int events, String faults, String heap)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(
            java, "-Xms" + heap, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
            DeliveryRun.class.getName(), contender, Integer.toString(events), faults)
        .redirectErrorStream(true)
        .start();
    DeliveryResult result = null;
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith(DeliveryRun.RESULT)) {
          result = new ObjectMapper().readValue(line.substring(DeliveryRun.RESULT.length()), DeliveryResult.class);
          break;
        }
        tail.addLast(line);
        if (tail.size() > 20) {
          tail.removeFirst();
        }
      }
      long printed = System.nanoTime();
      // Keep reading, so that a chatty client cannot block on a full pipe while we wait for its exit.
      Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }), "child-output");
      drain.setDaemon(true);
      drain.start();
      boolean exited = child.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
      double exitSeconds = exited ? (System.nanoTime() - printed) / 1e9 : -1;
      if (!exited) {
        child.destroyForcibly().waitFor();
      }
      if (result == null) {
        throw new IllegalStateException(
            "the " + contender + " run gave no result; its last output:\n" + String.join("\n", tail));
      }
      return result.withExit(exited, exitSeconds);
    }
  }

  private static void write(List<DeliveryResult> results, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
  }
}
