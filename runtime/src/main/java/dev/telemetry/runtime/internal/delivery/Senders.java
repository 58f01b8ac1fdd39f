package dev.telemetry.runtime.internal.delivery;

import dev.telemetry.runtime.sink.EncodedEvent;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of daemon sender threads, each delivering one batch at a time. The taker first
 * {@link #reserve reserves} a sender, waiting while every sender is busy, then takes a batch and
 * {@link #submit submits} it: so at most as many batches as there are senders are out of the
 * queue at once, the one being taken and encoded included.
 */
final class Senders {
  private final Thread[] threads;
  private final BatchDelivery delivery;
  private final Progress progress;
  // Holds nothing: a put waits for a sender's take.
  private final SynchronousQueue<Job> handoff = new SynchronousQueue<>();
  // One permit per sender not delivering and not reserved.
  private final Semaphore idle;

  private static final class Job {
    static final Job STOP = new Job(List.of(), null, null);

    final List<EncodedEvent> events;
    final Progress.Ticket ticket;
    final Settlement settlement;

    Job(List<EncodedEvent> events, Progress.Ticket ticket, Settlement settlement) {
      this.events = events;
      this.ticket = ticket;
      this.settlement = settlement;
    }
  }

  /** {@code count} senders delivering with {@code delivery} and reporting to {@code progress}. */
  Senders(int count, BatchDelivery delivery, Progress progress) {
    this.threads = new Thread[count];
    this.idle = new Semaphore(count);
    this.delivery = delivery;
    this.progress = progress;
  }

  /** Starts the senders, named {@code namePrefix-sender-1} and so on. */
  void start(String namePrefix) {
    for (int i = 0; i < threads.length; i++) {
      // (A class, not a lambda or method reference: a lambda's first use spins a class at run
      // time, which a short-lived program pays for.)
      threads[i] = new Thread(namePrefix + "-sender-" + (i + 1)) {
        @Override
        public void run() {
          Senders.this.run();
        }
      };
      threads[i].setDaemon(true);
      threads[i].start();
    }
  }

  /** Reserves an idle sender for the next batch, waiting while every sender is busy. */
  void reserve() throws InterruptedException {
    idle.acquire();
  }

  /** Gives back a reservation that no batch used. */
  void unreserve() {
    idle.release();
  }

  /**
   * Hands {@code events} to the reserved sender, to settle with {@code settlement}; it gives the
   * reservation back when done. A null ticket is for events no flush waits for.
   */
  void submit(List<EncodedEvent> events, Progress.Ticket ticket, Settlement settlement)
      throws InterruptedException {
    handoff.put(new Job(events, ticket, settlement));
  }

  /** Lets every sender finish its batch, then stops them all and waits until they have ended. */
  void finish() throws InterruptedException {
    for (Thread thread : threads) {
      if (thread != null) {
        handoff.put(Job.STOP);
      }
    }
    for (Thread thread : threads) {
      if (thread != null) {
        thread.join();
      }
    }
  }

  /**
   * Interrupts the senders (what each was delivering is then postponed: failed, or kept in the
   * spool) and waits until they have ended, at most {@code maxWaitNanos}: a sender blocked in a
   * read ends by its exchange's own deadline, and as a daemon thread it cannot keep the JVM alive.
   */
  void abort(long maxWaitNanos) {
    for (Thread thread : threads) {
      if (thread != null) {
        thread.interrupt();
      }
    }
    long deadline = System.nanoTime() + maxWaitNanos;
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread != null && thread.isAlive()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedJoin(thread, left);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (true) {
      Job job;
      try {
        job = handoff.take();
      } catch (InterruptedException e) {
        return;
      }
      if (job == Job.STOP) {
        return;
      }
      try {
        delivery.deliver(job.events, job.settlement);
      } catch (InterruptedException e) {
        return;
      } finally {
        if (job.ticket != null) {
          progress.finish(job.ticket);
        }
        idle.release();
      }
    }
  }
}
