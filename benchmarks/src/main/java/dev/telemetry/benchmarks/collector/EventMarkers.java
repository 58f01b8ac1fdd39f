package dev.telemetry.benchmarks.collector;

import java.util.function.IntConsumer;

/**
 * Finds the workload numbers in a request body, whatever the client's format: {@code "req_<n>"}
 * (a request ID, with its quotes) and {@code rule-<n>@} (the first target of a rule). Hashed
 * values cannot contain either: they start with their prefix right after the quote, and base64url
 * has no {@code @}.
 */
final class EventMarkers {
  private static final byte[] REQUEST = {'"', 'r', 'e', 'q', '_'};
  private static final byte[] RULE = {'r', 'u', 'l', 'e', '-'};

  private EventMarkers() {}

  /** Calls {@code found} with the number of every event in {@code body}. */
  static void scan(byte[] body, IntConsumer found) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] == '"' && matches(body, i, REQUEST)) {
        number(body, i + REQUEST.length, '"', found);
      } else if (body[i] == 'r' && matches(body, i, RULE)) {
        number(body, i + RULE.length, '@', found);
      }
    }
  }

  private static boolean matches(byte[] body, int at, byte[] marker) {
    if (at + marker.length > body.length) {
      return false;
    }
    for (int j = 0; j < marker.length; j++) {
      if (body[at + j] != marker[j]) {
        return false;
      }
    }
    return true;
  }

  private static void number(byte[] body, int from, char terminator, IntConsumer found) {
    long value = 0;
    int i = from;
    while (i < body.length && body[i] >= '0' && body[i] <= '9' && i - from < 10) {
      value = value * 10 + (body[i] - '0');
      i++;
    }
    if (i > from && i < body.length && body[i] == terminator && value <= Integer.MAX_VALUE) {
      found.accept((int) value);
    }
  }
}
