package dev.telemetry.runtime.internal.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class UuidV7Test {
  @Property
  void carriesTheMillisecondsTheVersionAndTheVariant(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long millis) {
    UUID uuid = UuidV7.of(millis);
    assertEquals(7, uuid.version());
    assertEquals(2, uuid.variant());
    assertEquals(millis, uuid.getMostSignificantBits() >>> 16);
  }

  @Test
  void aGeneratorStampsTheTimeOfItsClock() {
    Instant at = Instant.parse("2026-12-06T12:00:00.123Z");
    Supplier<UUID> generator = UuidV7.generator(Clock.fixed(at, ZoneOffset.UTC));
    assertEquals(at.toEpochMilli(), generator.get().getMostSignificantBits() >>> 16);
  }

  @Test
  void uuidsOfOneMillisecondNeverRepeatWithinAThreadOrAcrossThreads() throws Exception {
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 50_000; i++) {
                  assertTrue(seen.add(UuidV7.of(1_700_000_000_000L)));
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(200_000, seen.size());
  }

  @Test
  void theRandomBitsAreNotConstant() {
    Set<Long> low = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      low.add(UuidV7.leastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL);
    }
    assertEquals(1_000, low.size());
  }
}
