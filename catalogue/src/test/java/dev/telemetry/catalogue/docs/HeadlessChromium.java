package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol with the JDK's own WebSocket client: one
 * page, its network requests recorded, JavaScript evaluated in it. Closing it kills the browser
 * and every process it started.
 */
final class HeadlessChromium implements AutoCloseable {
  /** Where Debian's {@code chromium} package installs the browser. */
  static final Path BINARY = Path.of("/usr/bin/chromium");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path profile;
  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
  private final List<String> requestedUrls = new CopyOnWriteArrayList<>();

  private HeadlessChromium(Path profile, Process process, WebSocket.Builder sockets, URI page) {
    this.profile = profile;
    this.process = process;
    this.socket = sockets.buildAsync(page, new Listener()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Starts the browser with a fresh profile and connects to its blank page. */
  static HeadlessChromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    Process process =
        new ProcessBuilder(
                BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
    try {
      int port = debuggingPort(profile, process);
      HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
      URI page = pageSocket(http, port);
      return new HeadlessChromium(profile, process, http.newWebSocketBuilder(), page);
    } catch (IOException | InterruptedException | RuntimeException e) {
      kill(process);
      deleteTree(profile);
      throw e;
    }
  }

  /** Calls a DevTools method and waits for its result. */
  JsonNode call(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(message.toString(), true).join();
    JsonNode response = result.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (response.has("error")) {
      throw new IllegalStateException(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  /** Opens {@code url} in the page and waits until it has loaded. */
  void navigate(String url) {
    CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
    awaited.put("Page.loadEventFired", loaded);
    call("Page.navigate", Map.of("url", url));
    loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
  JsonNode evaluate(String expression) {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("the page threw: " + result.get("exceptionDetails"));
    }
    return result.get("result").get("value");
  }

  /** Every URL the page requested since {@code Network.enable}, in order. */
  List<String> requestedUrls() {
    return List.copyOf(requestedUrls);
  }

  @Override
  public void close() {
    try {
      socket.abort();
    } finally {
      kill(process);
      deleteTree(profile);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        dispatch(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private void dispatch(String text) {
      JsonNode message;
      try {
        message = JSON.readTree(text);
      } catch (IOException e) {
        throw new IllegalStateException("the browser sent something that is not JSON: " + text, e);
      }
      if (message.has("id")) {
        CompletableFuture<JsonNode> result = pending.remove(message.get("id").asInt());
        if (result != null) {
          result.complete(message);
        }
        return;
      }
      String method = message.path("method").asText();
      if (method.equals("Network.requestWillBeSent")) {
        requestedUrls.add(message.get("params").get("request").get("url").asText());
      }
      CompletableFuture<JsonNode> waiting = awaited.remove(method);
      if (waiting != null) {
        waiting.complete(message.get("params"));
      }
    }
  }

  private static int debuggingPort(Path profile, Process process) throws IOException, InterruptedException {
    Path portFile = profile.resolve("DevToolsActivePort");
    Instant deadline = Instant.now().plus(TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(portFile)) {
        List<String> lines = Files.readAllLines(portFile);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("chromium exited with status " + process.exitValue()
            + " before it opened its debugging port; its output:\n" + Files.readString(profile.resolve("chromium.log")));
      }
      // Waiting for another process to start up; there is no event to wait on.
      Thread.sleep(50);
    }
    throw new IllegalStateException("chromium did not open its debugging port within " + TIMEOUT);
  }

  private static URI pageSocket(HttpClient http, int port) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(TIMEOUT).build();
    JsonNode targets = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    for (JsonNode target : targets) {
      if (target.path("type").asText().equals("page")) {
        return URI.create(target.get("webSocketDebuggerUrl").asText());
      }
    }
    throw new IllegalStateException("chromium has no page to drive: " + targets);
  }

  private static void kill(Process process) {
    List<ProcessHandle> children = new ArrayList<>();
    process.descendants().forEach(children::add);
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A browser that is still exiting may hold a file; the temp folder is cleaned by the OS.
    }
  }
}
