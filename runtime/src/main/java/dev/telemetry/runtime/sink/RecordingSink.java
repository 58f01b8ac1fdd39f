package dev.telemetry.runtime.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps every delivered event in memory, for a product's own tests: configure the client with
 * {@code sink(recording)}, run the code under test, call {@code client.flush(...)}, then assert.
 * Thread-safe.
 */
public final class RecordingSink implements Sink {
  private final List<RecordedEvent> events = new ArrayList<>();

  /** An empty recording. */
  public RecordingSink() {}

  @Override
  public SendOutcome send(List<EncodedEvent> batch) {
    List<RecordedEvent> parsed = new ArrayList<>(batch.size());
    for (EncodedEvent event : batch) {
      parsed.add(new RecordedEvent(event.name(), event.json()));
    }
    synchronized (events) {
      events.addAll(parsed);
    }
    return SendOutcome.delivered();
  }

  /** Every recorded event, in delivery order. */
  public List<RecordedEvent> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /** The recorded events with a catalogue name. */
  public List<RecordedEvent> events(String name) {
    return events().stream().filter(e -> e.name().equals(name)).collect(Collectors.toList());
  }

  /** Forgets every recorded event. */
  public void clear() {
    synchronized (events) {
      events.clear();
    }
  }

  /**
   * Asserts that exactly one event with this catalogue name was recorded, and returns it.
   *
   * @throws AssertionError listing what was recorded instead
   */
  public RecordedEvent assertTrackedOnce(String name) {
    List<RecordedEvent> matching = events(name);
    if (matching.size() != 1) {
      throw new AssertionError(
          "expected exactly one '" + name + "' event, but " + matching.size()
              + " were recorded; recorded: " + names());
    }
    return matching.get(0);
  }

  /**
   * Asserts how many events with this catalogue name were recorded.
   *
   * @throws AssertionError listing what was recorded
   */
  public void assertTracked(String name, int times) {
    int count = events(name).size();
    if (count != times) {
      throw new AssertionError(
          "expected " + times + " '" + name + "' event(s), but " + count
              + " were recorded; recorded: " + names());
    }
  }

  /**
   * Asserts that no event at all was recorded.
   *
   * @throws AssertionError listing what was recorded
   */
  public void assertNothingTracked() {
    if (!events().isEmpty()) {
      throw new AssertionError("expected no events, but recorded: " + names());
    }
  }

  private List<String> names() {
    return events().stream().map(RecordedEvent::name).collect(Collectors.toList());
  }
}
