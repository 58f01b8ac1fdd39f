package dev.telemetry.samples.scenario;

import dev.telemetry.samples.domain.Ids;
import dev.telemetry.samples.tracking.EventBudget;
import dev.telemetry.samples.tracking.EventTracker;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays the scenario again and again from several threads until exactly a given number of events
 * has been tracked: shows the client under concurrent load.
 */
public final class LoadRun {
  private LoadRun() {}

  /**
   * Tracks {@code events} events to {@code telemetry} from {@code threads} threads, and returns
   * when they are all tracked.
   *
   * @throws InterruptedException when interrupted while waiting for the threads
   */
  public static void run(EventTracker telemetry, long events, int threads) throws InterruptedException {
    EventBudget budget = new EventBudget(telemetry, events);
    Ids ids = new Ids();
    List<Thread> workers = new ArrayList<>();
    for (int i = 1; i <= threads; i++) {
      AccessScenario scenario = new AccessScenario(budget, ids);
      Thread worker =
          new Thread(
              () -> {
                while (!budget.spent()) {
                  scenario.playOnce();
                }
              },
              "sample-load-" + i);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
  }
}
