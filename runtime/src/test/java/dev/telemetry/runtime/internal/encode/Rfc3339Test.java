package dev.telemetry.runtime.internal.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Rfc3339Test {
  @Property(tries = 5000)
  void writesWhatIsoInstantFormats(@ForAll("instants") Instant instant) {
    assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), written(instant));
  }

  @Test
  void edgesAndLeapDaysMatchIsoInstant() {
    String[] instants = {
      "0000-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
      "1900-02-28T23:59:59Z", "1900-03-01T00:00:00Z", "2000-02-29T12:00:00.5Z",
      "2004-02-29T00:00:00.000001Z", "2100-03-01T00:00:00Z", "2009-11-10T23:00:00Z",
      "2024-12-31T23:59:59.123Z", "9999-12-31T23:59:59.999999999Z"
    };
    for (String text : instants) {
      Instant instant = Instant.parse(text);
      assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), written(instant), text);
    }
  }

  @Test
  void yearsOutsideFourDigitsAreLeftToTheFormatter() {
    assertTrue(Rfc3339.fits(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond()));
    assertTrue(Rfc3339.fits(Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()));
    assertFalse(Rfc3339.fits(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond() - 1));
    assertFalse(Rfc3339.fits(Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond()));
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(Rfc3339.MIN_SECOND, Rfc3339.MAX_SECOND);
    // Whole seconds, milliseconds, microseconds and nanoseconds, as clocks produce them.
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.just(0),
            Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
            Arbitraries.integers().between(0, 999_999).map(n -> n * 1000),
            Arbitraries.integers().between(0, 999_999_999));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  private static String written(Instant instant) {
    byte[] buf = new byte[Rfc3339.length(instant.getNano())];
    int end = Rfc3339.write(instant.getEpochSecond(), instant.getNano(), buf, 0);
    assertEquals(buf.length, end);
    return new String(buf, StandardCharsets.US_ASCII);
  }
}
