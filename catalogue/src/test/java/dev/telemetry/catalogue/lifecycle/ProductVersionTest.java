package dev.telemetry.catalogue.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProductVersionTest {

  @Test
  void theReleaseIsTheNumbersAsWrittenWithoutTheQualifier() {
    assertEquals("0.1.0", ProductVersion.parse("0.1.0-SNAPSHOT").release());
    assertEquals("4.10", ProductVersion.parse(" 4.10+build5 ").release());
    assertEquals("2.0.0", ProductVersion.parse("2.0.0").release(), "trailing zeros stay as written");
    assertEquals("2.0.0-rc1", ProductVersion.parse("2.0.0-rc1").toString());
  }

  @Test
  void aQualifierDoesNotChangeTheOrder() {
    assertEquals(0, ProductVersion.parse("4.0-SNAPSHOT").compareTo(ProductVersion.parse("4")));
    assertEquals(1, Integer.signum(ProductVersion.parse("4.10").compareTo(ProductVersion.parse("4.9"))));
  }

  @Test
  void textThatIsNotAVersionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ProductVersion.parse("latest"));
  }
}
