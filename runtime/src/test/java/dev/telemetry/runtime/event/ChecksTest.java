package dev.telemetry.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChecksTest {
  private static final String REASON = "acme:report.exported: row_count is below minimum 0";

  @Test
  void requireReturnsTheValueOrRejectsNamingTheProperty() {
    assertEquals("csv", Checks.require("csv", "acme:report.exported: format"));
    assertReason("acme:report.exported: format is required but null",
        () -> Checks.require(null, "acme:report.exported: format"));
  }

  @Test
  void patternIsFoundAnywhereUnlessAnchored() {
    Pattern anchored = Pattern.compile("^req_[a-z]+$");
    assertEquals("req_abc", Checks.matching("req_abc", anchored, REASON));
    assertReason(REASON, () -> Checks.matching("x req_abc", anchored, REASON));
    assertEquals("x req_abc", Checks.matching("x req_abc", Pattern.compile("req_"), REASON));
  }

  // More patterns than a thread keeps matchers for, with equal texts compiled apart, so that
  // patterns share slots and displace each other's matchers.
  private static final List<Pattern> PATTERNS = new ArrayList<>();

  static {
    String[] texts = {
      "^req_[a-z]+$", "req_", "^$", "a+b", "(ab)+c", "[<&]", "^\\d{3}", "b$", "^(a|b)*$", "a{2,}",
      "^[a-z0-9-]+/[a-z0-9-]+@v[0-9]+$", "\\s", "(?i)REQ", "c(?=a)", "^.{0,3}$"
    };
    for (int copy = 0; copy < 3; copy++) {
      for (String text : texts) {
        PATTERNS.add(Pattern.compile(text));
      }
    }
  }

  @Property(tries = 3000)
  void aCheckFindsAPatternExactlyWhenAFreshMatcherDoes(
      @ForAll("values") String value, @ForAll @IntRange(min = 0, max = 44) int index) {
    Pattern pattern = PATTERNS.get(index);
    if (pattern.matcher(value).find()) {
      assertSame(value, Checks.matching(value, pattern, REASON));
    } else {
      assertReason(REASON, () -> Checks.matching(value, pattern, REASON));
    }
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings().withChars("abcreq_<&0129/@v- \n").ofMaxLength(12);
  }

  @Test
  void maxLengthCountsCodePoints() {
    String twoEmoji = "\uD83D\uDE00\uD83D\uDE00";
    assertEquals(twoEmoji, Checks.maxLength(twoEmoji, 2, REASON));
    assertReason(REASON, () -> Checks.maxLength("abc", 2, REASON));
  }

  @Test
  void boundsAreInclusive() {
    assertEquals(0L, Checks.atLeast(0L, 0L, REASON));
    assertReason(REASON, () -> Checks.atLeast(-1L, 0L, REASON));
    assertEquals(10L, Checks.atMost(10L, 10L, REASON));
    assertReason(REASON, () -> Checks.atMost(11L, 10L, REASON));
    assertEquals(0.5, Checks.atLeast(0.5, 0.5, REASON));
    assertReason(REASON, () -> Checks.atLeast(0.49, 0.5, REASON));
    assertEquals(1.0, Checks.atMost(1.0, 1.0, REASON));
    assertReason(REASON, () -> Checks.atMost(1.01, 1.0, REASON));
    Duration second = Duration.ofSeconds(1);
    assertSame(second, Checks.atLeast(second, second, REASON));
    assertReason(REASON, () -> Checks.atLeast(Duration.ofMillis(999), second, REASON));
    assertSame(second, Checks.atMost(second, second, REASON));
    assertReason(REASON, () -> Checks.atMost(Duration.ofMillis(1001), second, REASON));
  }

  @Test
  void oneOfAcceptsOnlyTheValuesExactly() {
    Set<String> values = Set.of("APPROVE", "DENY");
    assertEquals("DENY", Checks.oneOf("DENY", values, REASON));
    assertReason(REASON, () -> Checks.oneOf("deny", values, REASON));
  }

  @Test
  void maxItemsBoundsCollectionsAndEveryKindOfArray() {
    List<String> two = List.of("a", "b");
    assertSame(two, Checks.maxItems(two, 2, REASON));
    assertReason(REASON, () -> Checks.maxItems(two, 1, REASON));
    String[] strings = {"a", "b"};
    assertSame(strings, Checks.maxItems(strings, 2, REASON));
    assertReason(REASON, () -> Checks.maxItems(strings, 1, REASON));
    assertReason(REASON, () -> Checks.maxItems(new int[2], 1, REASON));
    assertReason(REASON, () -> Checks.maxItems(new long[2], 1, REASON));
    assertReason(REASON, () -> Checks.maxItems(new short[2], 1, REASON));
    assertReason(REASON, () -> Checks.maxItems(new byte[2], 1, REASON));
    assertReason(REASON, () -> Checks.maxItems(new double[2], 1, REASON));
    assertReason(REASON, () -> Checks.maxItems(new float[2], 1, REASON));
    assertReason(REASON, () -> Checks.maxItems(new boolean[2], 1, REASON));
    assertEquals(2, Checks.maxItems(new long[2], 2, REASON).length);
  }

  @Test
  void anUnmodifiableListIsKeptAndAMutableOneCopied() {
    List<String> frozen = List.of("a", "b");
    assertSame(frozen, Checks.unmodifiable(frozen));
    List<String> mutable = new ArrayList<>(frozen);
    List<String> copy = Checks.unmodifiable(mutable);
    assertNotSame(mutable, copy);
    assertEquals(mutable, copy);
    mutable.add("c");
    assertEquals(frozen, copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
    assertNull(Checks.unmodifiable(null));
  }

  @Test
  void aListHoldingNullIsCopiedWithItsNulls() {
    List<String> withNull = new ArrayList<>(Arrays.asList("a", null));
    List<String> copy = Checks.unmodifiable(withNull);
    assertEquals(withNull, copy);
    withNull.set(0, "changed");
    assertEquals(Arrays.asList("a", null), copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.set(1, "x"));
  }

  @Test
  void itemSnapshotsAreUsedOnlyWhenAnItemChanges() {
    List<StringBuilder> items = List.of(new StringBuilder("a"), new StringBuilder("b"));
    assertSame(items, Checks.unmodifiable(items, item -> item));
    StringBuilder replaced = new StringBuilder("B");
    List<StringBuilder> copied = Checks.unmodifiable(items, item -> item == items.get(1) ? replaced : item);
    assertSame(items.get(0), copied.get(0));
    assertSame(replaced, copied.get(1));
    assertNotSame(items, copied);
    assertThrows(UnsupportedOperationException.class, () -> copied.remove(0));
    assertTrue(Checks.unmodifiable(new ArrayList<StringBuilder>(), item -> item).isEmpty());
  }

  private static void assertReason(String reason, Executable check) {
    EventRejectedException rejected = assertThrows(EventRejectedException.class, check::execute);
    assertEquals(reason, rejected.getMessage());
  }

  /** A check that is expected to reject. */
  @FunctionalInterface
  private interface Executable {
    void execute();
  }
}
