package dev.telemetry.benchmarks.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measure 5: the time of one in-process javac run over a synthetic project of 10, 100 or 1,000
 * annotated events, with our processor ({@code withProcessor}) and with annotation processing off
 * ({@code withoutProcessor}, the same sources). The processor's cost per event is the difference
 * divided by the number of events; it should stay flat as the catalogue grows. Each invocation is
 * one whole compilation (single-shot), after warm-up compilations, as in a long-lived build daemon.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class BuildCostBenchmark {
  /** The number of events in the catalogue, each with an annotated record. */
  @Param({"10", "100", "1000"})
  public int events;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private Path root;
  private SyntheticProject project;
  private StandardJavaFileManager files;
  private Iterable<? extends JavaFileObject> units;

  /** Writes the project. */
  @Setup(Level.Trial)
  public void writeProject() throws IOException {
    root = Files.createTempDirectory("telemetry-build-cost");
    project = SyntheticProject.write(root, events);
    files = javac.getStandardFileManager(null, null, null);
    units = files.getJavaFileObjectsFromPaths(project.sources);
  }

  /** Empties the output folders, so that every compilation writes everything anew. */
  @Setup(Level.Invocation)
  public void cleanOutput() throws IOException {
    delete(root.resolve("out"));
    Files.createDirectories(root.resolve("out/classes"));
    Files.createDirectories(root.resolve("out/generated"));
  }

  /** Deletes the project. */
  @TearDown(Level.Trial)
  public void deleteProject() throws IOException {
    files.close();
    delete(root);
  }

  /** javac with the telemetry processor, which checks the records and generates writers, index and docs. */
  @Benchmark
  public boolean withProcessor() {
    return compile(List.of(
        "-processor", "dev.telemetry.processor.TelemetryProcessor",
        "-processorpath", System.getProperty("java.class.path"),
        "-Atelemetry.catalogue=" + project.catalogue,
        "-s", root.resolve("out/generated").toString()));
  }

  /** javac on the same sources with annotation processing off. */
  @Benchmark
  public boolean withoutProcessor() {
    return compile(List.of("-proc:none"));
  }

  private boolean compile(List<String> extra) {
    List<String> options = new ArrayList<>(List.of(
        "--release", "17",
        "-classpath", System.getProperty("java.class.path"),
        "-d", root.resolve("out/classes").toString()));
    options.addAll(extra);
    StringWriter messages = new StringWriter();
    boolean ok = javac.getTask(messages, files, null, options, null, units).call();
    if (!ok) {
      throw new IllegalStateException("the synthetic project of " + events + " events does not compile:\n" + messages);
    }
    return ok;
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
