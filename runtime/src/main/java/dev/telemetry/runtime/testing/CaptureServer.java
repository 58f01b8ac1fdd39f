package dev.telemetry.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;

/**
 * A PostHog-like collector on 127.0.0.1 that records every request and answers as scripted: status
 * sequences, {@code Retry-After}, 413, connection resets, slow replies, and replies held until the
 * test releases them. Our own tests use it, and a product can use it to test its shutdown paths
 * and its telemetry. Replies come first from the script ({@link #reply(Reply...)}), then from the
 * policy ({@link #policy(Policy)}, {@link Reply#ok()} by default).
 */
public final class CaptureServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final ArrayDeque<Reply> script = new ArrayDeque<>();
  private final List<CapturedRequest> requests = new ArrayList<>();
  private Policy policy = (number, body) -> Reply.ok();
  private int requestNumber;
  private int arrivals;
  private int unanswered;
  private int mostUnanswered;

  /** Chooses the reply to a request that the script does not cover. */
  @FunctionalInterface
  public interface Policy {
    /**
     * The reply to request number {@code number} (counting every request from 1), whose decoded
     * body is {@code body}.
     */
    Reply reply(int number, String body);
  }

  private CaptureServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * An endpoint on 127.0.0.1 where nothing listens (a port that was free a moment ago), for
   * outage tests: every request to it is refused at once.
   *
   * @return the endpoint, such as {@code http://127.0.0.1:40123}
   */
  public static URI nobodyListening() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  /**
   * Starts a server on a free port of 127.0.0.1. Sets {@code sun.net.httpserver.nodelay=true}
   * unless it is already set: without it the JDK server's replies wait for delayed ACKs (about
   * 40 ms each), which would make every test slow.
   */
  public static CaptureServer start() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      ExecutorService executor =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, "capture-server");
                thread.setDaemon(true);
                return thread;
              });
      CaptureServer capture = new CaptureServer(server, executor);
      server.createContext("/", capture::handle);
      server.setExecutor(executor);
      server.start();
      return capture;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the capture server on 127.0.0.1", e);
    }
  }

  /** The server's base URI, to use as the client's endpoint. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort());
  }

  /** Answers the next requests with these replies, in order, before falling back to the policy. */
  public synchronized CaptureServer reply(Reply... replies) {
    script.addAll(Arrays.asList(replies));
    return this;
  }

  /** Answers requests that the script does not cover as {@code policy} decides. */
  public synchronized CaptureServer policy(Policy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** Every request received so far, in arrival order. */
  public synchronized List<CapturedRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many requests were received. */
  public synchronized int requestCount() {
    return requests.size();
  }

  /** How many connections carried requests (distinct client address and port). */
  public synchronized int connectionCount() {
    HashSet<InetSocketAddress> remotes = new HashSet<>();
    for (CapturedRequest request : requests) {
      remotes.add(request.remote());
    }
    return remotes.size();
  }

  /** The events of every request answered with 2xx, in arrival order. */
  public synchronized List<Map<String, Object>> acceptedEvents() {
    List<Map<String, Object>> events = new ArrayList<>();
    for (CapturedRequest request : requests) {
      if (request.reply().accepts()) {
        events.addAll(request.events());
      }
    }
    return events;
  }

  /**
   * Waits until at least {@code count} requests were answered (or reset); returns whether they
   * were in time.
   */
  public boolean awaitRequests(int count, Duration timeout) throws InterruptedException {
    return await(() -> requests.size() >= count, timeout);
  }

  /**
   * Waits until at least {@code count} requests arrived, answered or not yet (a slow reply is
   * still being held back); returns whether they did in time.
   */
  public boolean awaitArrivals(int count, Duration timeout) throws InterruptedException {
    return await(() -> arrivals >= count, timeout);
  }

  /**
   * The most requests that were ever in flight at once: received, and not answered (or reset)
   * yet. Shows how many requests a client sends concurrently.
   */
  public synchronized int maxConcurrentRequests() {
    return mostUnanswered;
  }

  /** How many requests are in flight now: received, and not answered (or reset) yet. */
  public synchronized int concurrentRequests() {
    return unanswered;
  }

  /**
   * Waits until at least {@code count} requests are in flight at once (received, not answered);
   * returns whether they were in time.
   */
  public boolean awaitConcurrentRequests(int count, Duration timeout) throws InterruptedException {
    return await(() -> unanswered >= count, timeout);
  }

  /** Waits until at least {@code count} events were accepted; returns whether they were in time. */
  public boolean awaitAcceptedEvents(int count, Duration timeout) throws InterruptedException {
    return await(() -> acceptedEvents().size() >= count, timeout);
  }

  private synchronized boolean await(BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  private void handle(HttpExchange exchange) throws IOException {
    long received = System.nanoTime();
    try (exchange) {
      byte[] body = decode(exchange);
      Reply reply;
      synchronized (this) {
        requestNumber++;
        arrivals++;
        unanswered++;
        mostUnanswered = Math.max(mostUnanswered, unanswered);
        reply =
            script.isEmpty()
                ? policy.reply(requestNumber, new String(body, StandardCharsets.UTF_8))
                : script.removeFirst();
        notifyAll();
      }
      try {
        if (!reply.delay().isZero()) {
          Thread.sleep(reply.delay().toMillis());
        }
        if (reply.release() != null) {
          reply.release().await();
        }
      } catch (InterruptedException e) {
        // The server is stopping (its executor interrupts the handlers): answer nothing.
        Thread.currentThread().interrupt();
        return;
      } finally {
        // Before the reply leaves: a client that sends its next request on reading it must not
        // find this one still counted.
        answered();
      }
      record(exchange, body, received, reply);
      if (reply.isReset()) {
        return;
      }
      byte[] replyBody = reply.bodyBytes();
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      if (reply.paddedTo() > 0 || reply.trickle() != null) {
        sendHostile(exchange, reply, replyBody);
        return;
      }
      if (replyBody.length > 0) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(reply.statusCode(), replyBody.length == 0 ? -1 : replyBody.length);
      if (replyBody.length > 0) {
        exchange.getResponseBody().write(replyBody);
      }
    }
  }

  // An oversized or trickling body; the client hanging up part way is what a good client does.
  private static void sendHostile(HttpExchange exchange, Reply reply, byte[] start) throws IOException {
    long length = Math.max(reply.paddedTo(), start.length);
    exchange.sendResponseHeaders(reply.statusCode(), length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (reply.trickle() != null) {
        for (long i = 0; i < length; i++) {
          out.write(i < start.length ? start[(int) i] : ' ');
          out.flush();
          Thread.sleep(reply.trickle().toMillis());
        }
        return;
      }
      out.write(start);
      byte[] spaces = new byte[64 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long left = length - start.length; left > 0; left -= spaces.length) {
        out.write(spaces, 0, (int) Math.min(spaces.length, left));
      }
    } catch (IOException | InterruptedException hungUp) {
      // The client stopped reading, or the server is stopping.
    }
  }

  private synchronized void answered() {
    unanswered--;
    notifyAll();
  }

  private synchronized void record(HttpExchange exchange, byte[] body, long received, Reply reply) {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    requests.add(
        new CapturedRequest(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            headers,
            body,
            exchange.getRemoteAddress(),
            received,
            reply));
    notifyAll();
  }

  private static byte[] decode(HttpExchange exchange) throws IOException {
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

  /** Stops the server at once and releases its port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
