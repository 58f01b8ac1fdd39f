package dev.telemetry.catalogue.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product version as dot-separated numbers, compared number by number ({@code 4.10} is after
 * {@code 4.9}; {@code 4} equals {@code 4.0}). A qualifier after the numbers ({@code -SNAPSHOT},
 * {@code -rc1}, {@code +build5}) is ignored: a build of {@code 4.0-SNAPSHOT} already is the 4.0 that
 * will ship, so an event that expires at 4.0 fails its build before the release, not after.
 */
public final class ProductVersion implements Comparable<ProductVersion> {
  private static final Pattern NUMBERS = Pattern.compile("(\\d+(?:\\.\\d+)*)(?:[-+.~_][0-9A-Za-z.+~_-]*)?");

  private final String written;
  private final String release;
  private final List<Long> numbers;

  private ProductVersion(String written, String release, List<Long> numbers) {
    this.written = written;
    this.release = release;
    this.numbers = numbers;
  }

  /**
   * Reads {@code text}, such as {@code 4.0} or {@code 4.1.2-SNAPSHOT}.
   *
   * @throws IllegalArgumentException when it does not start with dot-separated numbers
   */
  public static ProductVersion parse(String text) {
    Matcher matcher = NUMBERS.matcher(text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a version: numbers separated by dots, such as 4.1.0,"
          + " optionally followed by a qualifier such as -SNAPSHOT");
    }
    List<Long> numbers = new ArrayList<>();
    for (String part : matcher.group(1).split("\\.")) {
      try {
        numbers.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' has a version number too large to compare", e);
      }
    }
    // 4.0.0 equals 4: trailing zeros change nothing.
    while (numbers.size() > 1 && numbers.get(numbers.size() - 1) == 0) {
      numbers.remove(numbers.size() - 1);
    }
    return new ProductVersion(text.strip(), matcher.group(1), List.copyOf(numbers));
  }

  /**
   * The numbers as written, without the qualifier: {@code 4.1.0-SNAPSHOT} gives {@code 4.1.0}, the
   * release a changelog entry names.
   */
  public String release() {
    return release;
  }

  /** The next major version: {@code 4.1} gives {@code 5.0}. */
  public String nextMajor() {
    return (numbers.get(0) + 1) + ".0";
  }

  @Override
  public int compareTo(ProductVersion other) {
    int length = Math.max(numbers.size(), other.numbers.size());
    for (int i = 0; i < length; i++) {
      long mine = i < numbers.size() ? numbers.get(i) : 0;
      long theirs = i < other.numbers.size() ? other.numbers.get(i) : 0;
      if (mine != theirs) {
        return Long.compare(mine, theirs);
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProductVersion version && compareTo(version) == 0;
  }

  @Override
  public int hashCode() {
    return numbers.hashCode();
  }

  /** The version as written. */
  @Override
  public String toString() {
    return written;
  }
}
