package dev.telemetry.runtime.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An expiry date is the last day (UTC) an event is collected. */
class EventDescriptorExpiryTest {
  @Test
  void expiresAtMidnightUtcAfterItsLastDay() {
    EventDescriptor descriptor =
        new EventDescriptor("ns:app.started", EventKind.CAPTURE, null, "ins", "Counts.", LocalDate.of(2026, 6, 30));
    assertFalse(descriptor.expiredAt(Instant.parse("2026-06-30T00:00:00Z")));
    assertFalse(descriptor.expiredAt(Instant.parse("2026-06-30T23:59:59.999Z")));
    assertTrue(descriptor.expiredAt(Instant.parse("2026-07-01T00:00:00Z")));
    assertTrue(descriptor.expiredAt(Instant.parse("2031-01-01T00:00:00Z")));
  }

  @Test
  void anEventWithoutAnExpiryNeverExpires() {
    EventDescriptor descriptor = new EventDescriptor("ns:app.started", EventKind.CAPTURE, null, "ins", "Counts.");
    assertNull(descriptor.expiresAfter());
    assertFalse(descriptor.expiredAt(Instant.MAX));
  }
}
