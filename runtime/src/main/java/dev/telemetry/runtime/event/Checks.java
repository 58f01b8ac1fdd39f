package dev.telemetry.runtime.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that generated writers make while they encode an event, in one place so that each
 * writer stays small: a required value that is null, and the catalogue's constraints (pattern,
 * max-length, minimum, maximum, max-items, enum values). Each check returns the value unchanged
 * when it passes, so that a writer wraps the expression it writes, and otherwise throws an
 * {@link EventRejectedException} with the reason the writer passes in, which names the event, the
 * property path and the rule, never the value (which may be personal data):
 * {@code cf:request.created: request_id does not match ^req_[A-Za-z0-9]+$}.
 *
 * <p>It also makes the immutable lists that a writer's {@link EventWriter#snapshot snapshot}
 * needs ({@link #unmodifiable}).
 *
 * <p>The rules are the catalogue loader's: a pattern is found anywhere in the value unless
 * anchored; max-length counts code points; minimum and maximum are inclusive.
 */
public final class Checks {
  // Each thread keeps a few matchers, one per recently used pattern, so that a check resets one
  // rather than allocating a matcher (with its group arrays) per value.
  // (A class, not a lambda: each lambda's first use spins a class at run time, which a
  // short-lived program pays for.)
  private static final ThreadLocal<MatcherCache> MATCHERS =
      new ThreadLocal<>() {
        @Override
        protected MatcherCache initialValue() {
          return new MatcherCache();
        }
      };

  private Checks() {}

  /**
   * {@code value}, or a rejection when it is null.
   *
   * @param property the event and property path, such as {@code cf:rule.created: targets[]}
   * @throws EventRejectedException {@code "<property> is required but null"}
   */
  public static <T> T require(T value, String property) {
    if (value == null) {
      throw new EventRejectedException(property + " is required but null");
    }
    return value;
  }

  /**
   * {@code value}, or a rejection when {@code pattern} is not found in it ({@link
   * java.util.regex.Matcher#find()}: anywhere in it, unless the pattern is anchored).
   */
  public static String matching(String value, Pattern pattern, String reason) {
    if (!MATCHERS.get().find(pattern, value)) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it has more than {@code maxLength} code points. */
  public static String maxLength(String value, int maxLength, String reason) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it is below {@code minimum}. */
  public static long atLeast(long value, long minimum, String reason) {
    if (value < minimum) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it is below {@code minimum}. */
  public static double atLeast(double value, double minimum, String reason) {
    if (value < minimum) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it is shorter than {@code minimum}. */
  public static Duration atLeast(Duration value, Duration minimum, String reason) {
    if (value.compareTo(minimum) < 0) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it is above {@code maximum}. */
  public static long atMost(long value, long maximum, String reason) {
    if (value > maximum) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it is above {@code maximum}. */
  public static double atMost(double value, double maximum, String reason) {
    if (value > maximum) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it is longer than {@code maximum}. */
  public static Duration atMost(Duration value, Duration maximum, String reason) {
    if (value.compareTo(maximum) > 0) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code value}, or a rejection when it is not one of {@code values}. */
  public static String oneOf(String value, Set<String> values, String reason) {
    if (!values.contains(value)) {
      throw new EventRejectedException(reason);
    }
    return value;
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static <C extends Collection<?>> C maxItems(C values, int maxItems, String reason) {
    return maxItems(values, values.size(), maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static <T> T[] maxItems(T[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static int[] maxItems(int[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static long[] maxItems(long[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static short[] maxItems(short[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static byte[] maxItems(byte[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static double[] maxItems(double[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static float[] maxItems(float[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /** {@code values}, or a rejection when it has more than {@code maxItems} items. */
  public static boolean[] maxItems(boolean[] values, int maxItems, String reason) {
    return maxItems(values, values.length, maxItems, reason);
  }

  /**
   * A list that cannot change and is equal to {@code list}: {@code list} itself when it is null or
   * already one of the JDK's unmodifiable lists (as {@link List#copyOf} returns it, a cheap check),
   * else an unmodifiable copy. A list holding null, which {@code List.copyOf} refuses, is copied too,
   * nulls included, so that the writer rejects it when it encodes it, with the same reason as ever.
   */
  public static <T> List<T> unmodifiable(List<T> list) {
    if (list == null) {
      return null;
    }
    try {
      return List.copyOf(list);
    } catch (NullPointerException holdsNull) {
      return Collections.unmodifiableList(new ArrayList<>(list));
    }
  }

  /**
   * Like {@link #unmodifiable(List)}, for a list whose items must be snapshotted too (records that
   * hold lists): {@code list} itself when it is unmodifiable and {@code snapshot} returns every item
   * itself, else an unmodifiable list of the items' snapshots.
   */
  public static <T> List<T> unmodifiable(List<T> list, UnaryOperator<T> snapshot) {
    if (list == null) {
      return null;
    }
    List<T> frozen = unmodifiable(list);
    List<T> items = null;
    for (int i = 0; i < frozen.size(); i++) {
      T item = frozen.get(i);
      T copy = snapshot.apply(item);
      if (copy != item && items == null) {
        items = new ArrayList<>(frozen.subList(0, i));
      }
      if (items != null) {
        items.add(copy);
      }
    }
    return items == null ? frozen : Collections.unmodifiableList(items);
  }

  /** {@code values}, or a rejection when {@code size} is more than {@code maxItems}. */
  private static <A> A maxItems(A values, int size, int maxItems, String reason) {
    if (size > maxItems) {
      throw new EventRejectedException(reason);
    }
    return values;
  }

  /**
   * One thread's matchers, in a small open-addressed table keyed by the pattern's identity:
   * generated writers hold their patterns in constants, so a pattern finds its own matcher again.
   * Once every slot is taken, a new pattern takes its home slot from the pattern there.
   */
  private static final class MatcherCache {
    private static final int SLOTS = 16;
    private final Matcher[] matchers = new Matcher[SLOTS];

    boolean find(Pattern pattern, String value) {
      Matcher matcher = matcherOf(pattern).reset(value);
      boolean found = matcher.find();
      // An idle thread keeps no value, which may be personal data, reachable.
      matcher.reset("");
      return found;
    }

    private Matcher matcherOf(Pattern pattern) {
      int home = System.identityHashCode(pattern) & (SLOTS - 1);
      for (int probe = 0; probe < SLOTS; probe++) {
        int slot = (home + probe) & (SLOTS - 1);
        Matcher matcher = matchers[slot];
        if (matcher == null) {
          matcher = pattern.matcher("");
          matchers[slot] = matcher;
          return matcher;
        }
        if (matcher.pattern() == pattern) {
          return matcher;
        }
      }
      Matcher matcher = pattern.matcher("");
      matchers[home] = matcher;
      return matcher;
    }
  }
}
