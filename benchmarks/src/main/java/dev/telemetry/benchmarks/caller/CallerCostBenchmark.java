package dev.telemetry.benchmarks.caller;

import dev.telemetry.benchmarks.collector.Faults;
import dev.telemetry.benchmarks.collector.LoopbackCollector;
import dev.telemetry.benchmarks.contenders.Contender;
import dev.telemetry.benchmarks.contenders.Contenders;
import dev.telemetry.benchmarks.events.Workload;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Measure 2: the time and allocation of one {@code track}/{@code capture} call on the caller's
 * thread, with 1 and with 8 calling threads, each client sending to the loopback collector with
 * its default configuration.
 *
 * <p>Each iteration is one burst of {@value #BURST} calls per thread, timed as one shot, starting
 * from an empty queue: after every iteration the client is flushed and the collector waits for the
 * burst, outside the timing. So the score is the cost of a call that is accepted, never the cost
 * of a call that finds a full queue (8 threads x {@value #BURST} calls stay within every client's
 * queue, posthog-server's 1,000 included). The calls run while the client's own threads deliver
 * the earlier calls of the burst, as they do in a product. Warm-up is long (300 bursts, 30,000
 * calls per thread) so that every client's code is compiled by C2 before it is measured.
 *
 * <p>The auxiliary counters {@code callerBytes}, {@code callerCpuNanos} and {@code calls} are the
 * bytes allocated and the CPU time used on the calling threads (from {@code ThreadMXBean}) and the
 * calls made: their ratios are the allocation and the CPU time per call on the caller's thread,
 * without the client's background threads (which {@code -prof gc} would count) and without the
 * time a calling thread waits for a core (which the wall-clock score includes: 8 threads share 2
 * cores here).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(CallerCostBenchmark.BURST)
@Warmup(iterations = 300)
@Measurement(iterations = 100)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CallerCostBenchmark {
  /** Calls per thread per iteration. */
  public static final int BURST = 100;
  private static final int DISTINCT_EVENTS = 1000;

  /** The client under test and its collector, shared by the calling threads. */
  @State(Scope.Benchmark)
  public static class Client {
    /** Which client; see {@link Contenders}. */
    @Param({Contenders.OURS, Contenders.POSTHOG_SERVER, Contenders.POSTHOG_JAVA, Contenders.SEGMENT})
    public String contender;

    final Object[] events = new Object[DISTINCT_EVENTS];
    LoopbackCollector collector;
    Contender client;
    private long expected;
    private int threads;

    /** Starts the collector and the client; builds the events (not part of the measured call). */
    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
      for (int n = 0; n < DISTINCT_EVENTS; n++) {
        events[n] = Workload.event(n);
      }
      threads = params.getThreads();
      collector = LoopbackCollector.start(Faults.NONE, DISTINCT_EVENTS);
      client = Contenders.create(contender, collector.uri());
    }

    /** Lets the client deliver the burst, so that the next one starts from an empty queue. */
    @TearDown(Level.Iteration)
    public void drain() throws InterruptedException {
      expected += (long) BURST * threads;
      client.flush();
      collector.awaitAccepted(expected, Duration.ofSeconds(2));
    }

    /** Closes the client and the collector. */
    @TearDown(Level.Trial)
    public void stop() {
      client.close();
      collector.close();
    }
  }

  /** What each calling thread allocated and used of the CPU, and how many calls it made. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CallerAllocation {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Bytes allocated on this calling thread during the measured calls. */
    public long callerBytes;
    /** CPU time this calling thread used during the measured calls, in nanoseconds. */
    public long callerCpuNanos;
    /** Calls made by this thread. */
    public long calls;
    int next;

    /** Clears the counters at each iteration, as JMH expects of event counters. */
    @Setup(Level.Iteration)
    public void clear() {
      callerBytes = 0;
      callerCpuNanos = 0;
      calls = 0;
    }

    long allocatedSoFar() {
      return THREADS.getCurrentThreadAllocatedBytes();
    }

    long cpuSoFar() {
      return THREADS.getCurrentThreadCpuTime();
    }
  }

  /** One calling thread. */
  @Benchmark
  @Threads(1)
  public void oneThread(Client client, CallerAllocation allocation) {
    burst(client, allocation);
  }

  /** Eight calling threads at once. */
  @Benchmark
  @Threads(8)
  public void eightThreads(Client client, CallerAllocation allocation) {
    burst(client, allocation);
  }

  private static void burst(Client client, CallerAllocation allocation) {
    long cpuBefore = allocation.cpuSoFar();
    long before = allocation.allocatedSoFar();
    Contender contender = client.client;
    Object[] events = client.events;
    int next = allocation.next;
    for (int i = 0; i < BURST; i++) {
      contender.track(events[next]);
      next = next + 1 == events.length ? 0 : next + 1;
    }
    allocation.next = next;
    allocation.callerBytes += allocation.allocatedSoFar() - before;
    allocation.callerCpuNanos += allocation.cpuSoFar() - cpuBefore;
    allocation.calls += BURST;
  }
}
