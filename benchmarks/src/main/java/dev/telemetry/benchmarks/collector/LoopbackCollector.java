package dev.telemetry.benchmarks.collector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A collector on 127.0.0.1 that accepts PostHog's {@code /batch} and {@code /batch/} and Segment's
 * {@code /v1/import/}, plain, gzip or chunked, answers 200 (or the {@link Faults} it is given), and
 * counts every event of every accepted request by its workload number, so it knows how many
 * distinct events arrived, how many twice, and when the last one came. It keeps no request bodies,
 * so its own heap use stays small and constant. Other paths get 200 and an empty object and count
 * nothing.
 */
public final class LoopbackCollector implements AutoCloseable {
  private static final Set<String> BATCH_PATHS = Set.of("/batch", "/batch/", "/v1/import", "/v1/import/");
  private static final byte[] OK = "{\"status\":1}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMPTY = "{}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor;
  private final Faults faults;
  private final AtomicIntegerArray seen;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong acceptedRequests = new AtomicLong();
  private final AtomicLong failedRequests = new AtomicLong();
  private final AtomicLong acceptedEvents = new AtomicLong();
  private final AtomicLong distinctEvents = new AtomicLong();
  private final AtomicLong duplicateEvents = new AtomicLong();
  private final AtomicLong bodyBytes = new AtomicLong();
  private volatile long lastAcceptedNanos;

  private LoopbackCollector(HttpServer server, ExecutorService executor, Faults faults, int capacity) {
    this.server = server;
    this.executor = executor;
    this.faults = faults;
    this.seen = new AtomicIntegerArray(capacity);
  }

  /**
   * Starts a collector on a free port of 127.0.0.1.
   *
   * @param faults how to answer batch requests
   * @param capacity one more than the highest workload number it will be sent
   */
  public static LoopbackCollector start(Faults faults, int capacity) {
    // Without TCP_NODELAY the JDK server sends a small reply body after its headers only once the
    // client's delayed ACK arrives (about 40 ms on Linux): every client would wait on the collector.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              4,
              task -> {
                Thread thread = new Thread(task, "loopback-collector");
                thread.setDaemon(true);
                return thread;
              });
      LoopbackCollector collector = new LoopbackCollector(server, executor, faults, capacity);
      server.createContext("/", collector::handle);
      server.setExecutor(executor);
      server.start();
      return collector;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the loopback collector on 127.0.0.1", e);
    }
  }

  /** The collector's base URI, to give to a client as its host or endpoint. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = body(exchange);
      if (!BATCH_PATHS.contains(exchange.getRequestURI().getPath())) {
        reply(exchange, 200, EMPTY);
        return;
      }
      int status = faults.statusFor(requests.incrementAndGet());
      if (status != 200) {
        failedRequests.incrementAndGet();
        if (status == 429) {
          exchange.getResponseHeaders().add("Retry-After", "1");
        }
        reply(exchange, status, EMPTY);
        return;
      }
      count(body);
      reply(exchange, 200, OK);
    }
  }

  private void count(byte[] body) {
    bodyBytes.addAndGet(body.length);
    EventMarkers.scan(
        body,
        n -> {
          if (n >= seen.length()) {
            return;
          }
          acceptedEvents.incrementAndGet();
          if (seen.getAndIncrement(n) == 0) {
            distinctEvents.incrementAndGet();
          } else {
            duplicateEvents.incrementAndGet();
          }
        });
    acceptedRequests.incrementAndGet();
    lastAcceptedNanos = System.nanoTime();
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    byte[] raw;
    try (InputStream in = exchange.getRequestBody()) {
      raw = in.readAllBytes();
    }
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    if (encoding != null && encoding.equalsIgnoreCase("gzip")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        return in.readAllBytes();
      }
    }
    return raw;
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /**
   * Waits until {@code expected} distinct events arrived, or until none arrived for {@code quiet};
   * returns whether all arrived.
   */
  public boolean awaitDistinct(long expected, Duration quiet) throws InterruptedException {
    return await(distinctEvents, expected, quiet);
  }

  /**
   * Waits until {@code expected} events arrived, copies included, or until none arrived for {@code
   * quiet}; returns whether all arrived.
   */
  public boolean awaitAccepted(long expected, Duration quiet) throws InterruptedException {
    return await(acceptedEvents, expected, quiet);
  }

  private static boolean await(AtomicLong counter, long expected, Duration quiet) throws InterruptedException {
    long last = counter.get();
    long lastChange = System.nanoTime();
    while (last < expected) {
      Thread.sleep(1);
      long now = counter.get();
      if (now != last) {
        last = now;
        lastChange = System.nanoTime();
      } else if (System.nanoTime() - lastChange > quiet.toNanos()) {
        return false;
      }
    }
    return true;
  }

  /** A snapshot of the counters. */
  public Counts counts() {
    return new Counts(requests.get(), acceptedRequests.get(), failedRequests.get(), acceptedEvents.get(),
        distinctEvents.get(), duplicateEvents.get(), bodyBytes.get(), lastAcceptedNanos);
  }

  /** Stops the server at once and releases its port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * What the collector has counted.
   *
   * @param batchRequests batch requests received
   * @param acceptedRequests batch requests answered 200
   * @param failedRequests batch requests answered 503 or 429
   * @param acceptedEvents events in accepted requests, duplicates included
   * @param distinctEvents distinct events accepted
   * @param duplicateEvents events accepted more than once (every extra copy counts)
   * @param bodyBytes decoded bytes of accepted request bodies
   * @param lastAcceptedNanos {@link System#nanoTime()} of the last accepted request
   */
  public record Counts(long batchRequests, long acceptedRequests, long failedRequests, long acceptedEvents,
      long distinctEvents, long duplicateEvents, long bodyBytes, long lastAcceptedNanos) {}
}
