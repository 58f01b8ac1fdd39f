package dev.telemetry.runtime.internal.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class SegmentNameTest {
  @Test
  void aNameCarriesTheMillisecondsInTwelveHexDigitsThenAUuid() {
    String name = Spool.segmentName(0x1234);
    assertTrue(name.matches("seg-000000001234-[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\.seg"), name);
    assertNotEquals(name, Spool.segmentName(0x1234), "two segments of one millisecond differ");
  }

  @Property
  void namesSortByCreationTime(
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long earlier,
      @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long later) {
    if (earlier >= later) {
      return;
    }
    List<String> names = new ArrayList<>(List.of(Spool.segmentName(later), Spool.segmentName(earlier)));
    names.sort(null);
    assertEquals(List.of(Spool.segmentName(earlier).substring(0, 17), Spool.segmentName(later).substring(0, 17)),
        names.stream().map(n -> n.substring(0, 17)).toList());
  }
}
