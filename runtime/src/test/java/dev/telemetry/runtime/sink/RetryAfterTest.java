package dev.telemetry.runtime.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Instant now = Instant.parse("2015-10-21T07:28:00Z");

  @Test
  void readsSecondsAndHttpDates() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", now));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", now));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertEquals(Duration.ZERO, RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", now));
  }

  @Test
  void absentOrUnreadableHeadersAreIgnored() {
    assertNull(RetryAfter.parse(null, now));
    assertNull(RetryAfter.parse(" ", now));
    assertNull(RetryAfter.parse("soon", now));
    assertNull(RetryAfter.parse("-5", now));
    assertNull(RetryAfter.parse("99999999999999999999999", now));
  }
}
