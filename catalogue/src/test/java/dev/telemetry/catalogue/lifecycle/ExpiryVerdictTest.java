package dev.telemetry.catalogue.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.model.Expiry;
import dev.telemetry.catalogue.model.Location;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Versions compare number by number, and an expiry date is the last day collected. */
class ExpiryVerdictTest {
  private static final Location AT = new Location("c.yaml", 9, 14);
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  @Test
  void versionsCompareNumberByNumberIgnoringQualifiersAndTrailingZeros() {
    assertTrue(ProductVersion.parse("4.10").compareTo(ProductVersion.parse("4.9")) > 0);
    assertEquals(ProductVersion.parse("4"), ProductVersion.parse("4.0.0"));
    assertEquals(0, ProductVersion.parse("4.0-SNAPSHOT").compareTo(ProductVersion.parse("4.0")));
    assertTrue(ProductVersion.parse("3.99.1+build7").compareTo(ProductVersion.parse("4.0")) < 0);
    assertEquals("5.0", ProductVersion.parse("4.2.1").nextMajor());
    assertThrows(IllegalArgumentException.class, () -> ProductVersion.parse("v4"));
    assertThrows(IllegalArgumentException.class, () -> ProductVersion.parse("latest"));
  }

  @Test
  void aDateExpiresTheDayAfterIt() {
    Expiry expiry = new Expiry.OnDate(DAY, null, AT);
    assertInstanceOf(ExpiryVerdict.Live.class, ExpiryVerdict.of(expiry, DAY.minusDays(31), null, 30));
    assertEquals(new ExpiryVerdict.ExpiresSoon((Expiry.OnDate) expiry, 30),
        ExpiryVerdict.of(expiry, DAY.minusDays(30), null, 30));
    assertEquals(new ExpiryVerdict.ExpiresSoon((Expiry.OnDate) expiry, 0), ExpiryVerdict.of(expiry, DAY, null, 30));
    assertEquals(new ExpiryVerdict.Expired(expiry), ExpiryVerdict.of(expiry, DAY.plusDays(1), null, 30));
  }

  @Test
  void aVersionExpiresAtThatVersion() {
    Expiry expiry = new Expiry.AtVersion("4.0", null, AT);
    assertInstanceOf(ExpiryVerdict.Live.class, ExpiryVerdict.of(expiry, DAY, ProductVersion.parse("3.9"), 30));
    assertEquals(new ExpiryVerdict.Expired(expiry), ExpiryVerdict.of(expiry, DAY, ProductVersion.parse("4.0"), 30));
    assertEquals(new ExpiryVerdict.VersionUnknown((Expiry.AtVersion) expiry), ExpiryVerdict.of(expiry, DAY, null, 30));
    assertInstanceOf(ExpiryVerdict.Live.class,
        ExpiryVerdict.of(new Expiry.Never("Needed.", AT), DAY.plusYears(100), ProductVersion.parse("99"), 30));
  }
}
