package dev.telemetry.benchmarks.contenders;

import java.net.URI;
import java.util.List;

/** The names of the contenders and the factory that creates one for a collector. */
public final class Contenders {
  /** Our runtime, with its defaults. */
  public static final String OURS = "ours";
  /** Our runtime with a queue large enough for the whole delivery run (200,000 events). */
  public static final String OURS_LARGE_QUEUE = "ours-large-queue";
  /** PostHog's JVM server SDK, {@code com.posthog:posthog-server}. */
  public static final String POSTHOG_SERVER = "posthog-server";
  /** PostHog's older Java client, {@code com.posthog.java:posthog}. */
  public static final String POSTHOG_JAVA = "posthog-java";
  /** Segment's {@code com.segment.analytics.java:analytics}. */
  public static final String SEGMENT = "segment";

  /** Every contender, ours first. */
  public static final List<String> ALL = List.of(OURS, OURS_LARGE_QUEUE, POSTHOG_SERVER, POSTHOG_JAVA, SEGMENT);

  private Contenders() {}

  /** A new client named {@code name}, sending to the collector at {@code collector}. */
  public static Contender create(String name, URI collector) {
    return switch (name) {
      case OURS -> OursContender.withDefaults(collector);
      case OURS_LARGE_QUEUE -> OursContender.withQueue(collector, 200_000);
      case POSTHOG_SERVER -> new PostHogServerContender(collector);
      case POSTHOG_JAVA -> new PostHogJavaContender(collector);
      case SEGMENT -> new SegmentContender(collector);
      default -> throw new IllegalArgumentException(
          "unknown contender '" + name + "'; the contenders are " + String.join(", ", ALL));
    };
  }
}
