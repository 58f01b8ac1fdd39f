package dev.telemetry.runtime.sink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * Appends every event as one line of JSON to a file, creating it (and its folder) at the first
 * batch. Each batch is flushed to the file before it counts as delivered; a write error is
 * retried like a network error.
 */
public final class JsonLinesFileSink implements Sink {
  private final Path file;
  private OutputStream out;

  /** A sink appending to {@code file}. */
  public JsonLinesFileSink(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The file events are appended to. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized SendOutcome send(List<EncodedEvent> batch) throws IOException {
    if (out == null) {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      out =
          new BufferedOutputStream(
              Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }
    for (EncodedEvent event : batch) {
      event.writeTo(out);
      out.write('\n');
    }
    out.flush();
    return SendOutcome.delivered();
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  @Override
  public String toString() {
    return "JsonLinesFileSink[" + file + "]";
  }
}
