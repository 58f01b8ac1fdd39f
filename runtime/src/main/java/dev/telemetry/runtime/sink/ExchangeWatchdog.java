package dev.telemetry.runtime.sink;

import java.net.HttpURLConnection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Ends HTTP exchanges that run past their deadline, or whose sender thread was interrupted (the
 * client is closing), by disconnecting them: {@link HttpURLConnection}'s timeouts bound each read,
 * not the exchange, so a reply trickling in a byte at a time would otherwise hold its sender, and
 * its blocking reads do not answer interrupts. One daemon thread per process, started with the
 * first exchange; it sleeps while no exchange is in flight.
 */
final class ExchangeWatchdog {
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final Map<HttpURLConnection, Watched> WATCHED = new ConcurrentHashMap<>();
  private static volatile Thread thread;

  private record Watched(Thread sender, long deadlineNanos) {}

  private ExchangeWatchdog() {}

  /** Watches {@code connection}, used by the current thread, until {@link #release}. */
  static void watch(HttpURLConnection connection, long deadlineNanos) {
    WATCHED.put(connection, new Watched(Thread.currentThread(), deadlineNanos));
    Thread running = thread;
    if (running == null) {
      start();
    } else {
      LockSupport.unpark(running);
    }
  }

  /** Stops watching {@code connection}; returns whether the watchdog had already cut it off. */
  static boolean release(HttpURLConnection connection) {
    return WATCHED.remove(connection) == null;
  }

  private static synchronized void start() {
    if (thread == null) {
      Thread started = new Thread(ExchangeWatchdog::run, "telemetry-http-watchdog");
      started.setDaemon(true);
      thread = started;
      started.start();
    }
  }

  private static void run() {
    while (true) {
      if (WATCHED.isEmpty()) {
        LockSupport.park();
        continue;
      }
      long now = System.nanoTime();
      for (Iterator<Map.Entry<HttpURLConnection, Watched>> it = WATCHED.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<HttpURLConnection, Watched> entry = it.next();
        Watched watched = entry.getValue();
        if (now - watched.deadlineNanos() >= 0 || watched.sender().isInterrupted()) {
          it.remove();
          entry.getKey().disconnect();
        }
      }
      LockSupport.parkNanos(TICK_NANOS);
    }
  }
}
