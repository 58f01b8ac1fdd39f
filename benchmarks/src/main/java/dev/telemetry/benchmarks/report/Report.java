package dev.telemetry.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code report.md} from the results of {@code run.sh} in one folder: {@code
 * encoding.json}, {@code caller.json} and {@code build.json} (JMH's JSON) and {@code
 * delivery.json} and {@code partial.json} (delivery runs). Every table has
 * our row first and each peer's ratio to ours, so that the reading is in the table, not in a
 * calculator. Missing files are skipped.
 *
 * <p>Argument: the results folder.
 */
public final class Report {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Report() {}

  /** Writes the report; see the class comment. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "results");
    StringBuilder md = new StringBuilder();
    Path encoding = dir.resolve("encoding.json");
    if (Files.exists(encoding)) {
      encoding(JSON.readTree(encoding.toFile()), md);
    }
    Path caller = dir.resolve("caller.json");
    if (Files.exists(caller)) {
      caller(JSON.readTree(caller.toFile()), md);
    }
    Path delivery = dir.resolve("delivery.json");
    if (Files.exists(delivery)) {
      delivery(JSON.readTree(delivery.toFile()), md, false);
    }
    Path partial = dir.resolve("partial.json");
    if (Files.exists(partial)) {
      delivery(JSON.readTree(partial.toFile()), md, true);
    }
    Path build = dir.resolve("build.json");
    if (Files.exists(build)) {
      build(JSON.readTree(build.toFile()), md);
    }
    Path out = dir.resolve("report.md");
    Files.writeString(out, md.toString());
    System.out.print(md);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  private static void encoding(JsonNode results, StringBuilder md) {
    md.append("### 1. Encoding 1,000 events into a batch body\n\n")
        .append("| client | events/s | ± | bytes allocated per event | ours is faster by | peer allocates × ours |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    JsonNode ours = find(results, "EncodingBenchmark.ours", null);
    for (JsonNode result : ordered(results)) {
      String name = result.get("benchmark").asText().replaceAll(".*\\.", "");
      double score = score(result);
      double alloc = secondary(result, "gc.alloc.rate.norm");
      md.append(row(
          name,
          number(score, 0),
          number(result.path("primaryMetric").path("scoreError").asDouble(), 0),
          Double.isNaN(alloc) ? "n/a" : number(alloc, 0),
          ours == null ? "n/a" : ratio(score(ours) / score),
          ours == null || Double.isNaN(alloc) ? "n/a" : ratio(alloc / secondary(ours, "gc.alloc.rate.norm"))));
    }
    md.append('\n');
  }

  private static void caller(JsonNode results, StringBuilder md) {
    md.append("### 2. Caller cost of one track/capture call\n\n")
        .append("| client | threads | ns per call (wall) | ± | CPU ns per call (caller thread) | bytes allocated per call (caller thread) | peer wall time × ours | peer CPU time × ours |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String method : List.of("oneThread", "eightThreads")) {
      JsonNode ours = find(results, "CallerCostBenchmark." + method, "ours");
      for (JsonNode result : ordered(results)) {
        if (!result.get("benchmark").asText().endsWith("." + method)) {
          continue;
        }
        double score = score(result);
        double bytes = perCall(result, "callerBytes");
        double cpu = perCall(result, "callerCpuNanos");
        md.append(row(
            contender(result),
            result.get("threads").asText(),
            number(score, 0),
            number(result.path("primaryMetric").path("scoreError").asDouble(), 0),
            Double.isNaN(cpu) ? "n/a" : number(cpu, 0),
            Double.isNaN(bytes) ? "n/a" : number(bytes, 0),
            ours == null ? "n/a" : ratio(score / score(ours)),
            ours == null || Double.isNaN(cpu) ? "n/a" : ratio(cpu / perCall(ours, "callerCpuNanos"))));
      }
    }
    md.append('\n');
  }

  private static double perCall(JsonNode result, String counter) {
    return secondary(result, counter) / secondary(result, "calls");
  }

  private static void delivery(JsonNode results, StringBuilder md, boolean partial) {
    for (String faults : List.of("none", "standard")) {
      List<JsonNode> rows = new ArrayList<>();
      results.forEach(r -> {
        if (r.get("faults").asText().equals(faults)) {
          rows.add(r);
        }
      });
      if (rows.isEmpty()) {
        continue;
      }
      String events = rows.get(0).get("events").asText();
      md.append(partial
              ? "### 3b. A run of " + events + " events, which ends on a partial batch\n\n"
              : faults.equals("none")
                  ? "### 3. Delivery of " + events + " events end to end\n\n"
                  : "### 4. Delivery of " + events + " events under faults (20% 503, 5% 429 with Retry-After: 1)\n\n")
          .append("| client | delivered | lost | duplicates | events/s delivered | drain after last track (s) | close call (s) | peak heap in use (MB) | peak heap after GC (MB) | JVM exits after close | ours delivers × faster |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
      double ours = rows.stream().filter(r -> r.get("contender").asText().equals("ours"))
          .mapToDouble(r -> r.get("eventsPerSecond").asDouble()).findFirst().orElse(Double.NaN);
      for (JsonNode r : rows) {
        double rate = r.get("eventsPerSecond").asDouble();
        md.append(row(
            r.get("contender").asText(),
            r.get("delivered").asText(),
            r.get("lost").asText(),
            r.get("duplicates").asText(),
            number(rate, 0),
            number(r.get("drainSeconds").asDouble(), 2),
            number(r.get("closeSeconds").asDouble(), 2),
            number(r.get("peakHeapMb").asDouble(), 0),
            number(r.path("peakLiveHeapMb").asDouble(), 0),
            r.get("exitedAfterClose").asBoolean()
                ? "yes (" + number(r.get("exitSeconds").asDouble(), 2) + " s)"
                : "no (killed after 20 s)",
            ratio(ours / rate)));
      }
      md.append('\n');
    }
  }

  private static void build(JsonNode results, StringBuilder md) {
    md.append("### 5. Build cost: javac with and without the processor\n\n")
        .append("| events | javac without processor (ms) | javac with processor (ms) | processor's share (ms) | per event (ms) |\n")
        .append("|---:|---:|---:|---:|---:|\n");
    for (String events : List.of("10", "100", "1000")) {
      JsonNode with = find(results, "BuildCostBenchmark.withProcessor", null, events);
      JsonNode without = find(results, "BuildCostBenchmark.withoutProcessor", null, events);
      if (with == null || without == null) {
        continue;
      }
      double cost = score(with) - score(without);
      md.append(row(events, number(score(without), 0), number(score(with), 0), number(cost, 0),
          number(cost / Integer.parseInt(events), 2)));
    }
    md.append('\n');
  }

  private static List<JsonNode> ordered(JsonNode results) {
    List<JsonNode> list = new ArrayList<>();
    results.forEach(list::add);
    // Ours first, then the peers in the order JMH ran them.
    list.sort((a, b) -> Boolean.compare(!isOurs(a), !isOurs(b)));
    return list;
  }

  private static boolean isOurs(JsonNode result) {
    return result.get("benchmark").asText().endsWith(".ours") || "ours".equals(contender(result));
  }

  private static JsonNode find(JsonNode results, String benchmarkSuffix, String contender) {
    return find(results, benchmarkSuffix, contender, null);
  }

  private static JsonNode find(JsonNode results, String benchmarkSuffix, String contender, String events) {
    for (JsonNode result : results) {
      if (result.get("benchmark").asText().endsWith(benchmarkSuffix)
          && (contender == null || contender.equals(contender(result)))
          && (events == null || events.equals(result.path("params").path("events").asText()))) {
        return result;
      }
    }
    return null;
  }

  private static String contender(JsonNode result) {
    return result.path("params").path("contender").asText(null);
  }

  private static double score(JsonNode result) {
    return result.path("primaryMetric").path("score").asDouble();
  }

  private static double secondary(JsonNode result, String name) {
    JsonNode metric = result.path("secondaryMetrics").path(name).path("score");
    return metric.isMissingNode() ? Double.NaN : metric.asDouble();
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, "%.2f×", value);
  }
}
