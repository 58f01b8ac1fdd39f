package dev.telemetry.samples.tracking;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes events on to a tracker until a fixed number has been tracked, then ignores the rest.
 * Shared by the threads of a load run, so that together they track exactly that number. Thread-safe.
 */
public final class EventBudget implements EventTracker {
  private final EventTracker delegate;
  private final AtomicLong left;

  /** A budget of {@code events} events for {@code delegate}. */
  public EventBudget(EventTracker delegate, long events) {
    if (events < 0) {
      throw new IllegalArgumentException("the number of events must be zero or more, but it is " + events);
    }
    this.delegate = delegate;
    this.left = new AtomicLong(events);
  }

  @Override
  public void track(Object event) {
    if (left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      delegate.track(event);
    }
  }

  /** Whether every event of the budget has been tracked. */
  public boolean spent() {
    return left.get() == 0;
  }
}
