package dev.telemetry.runtime.internal.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The segment format against a model: a list of appended entries. Whatever byte a crash cuts the
 * file at, and whatever byte is flipped, reading returns only entries that were appended, each at
 * the offset it was written at, never a damaged one, and every entry the damage did not touch.
 */
class SegmentFormatPropertiesTest {
  @Property(tries = 300)
  void aCutAtAnyByteKeepsEveryWholeRecordAndFlagsTheTornOne(
      @ForAll("entries") @Size(min = 1, max = 30) List<SegmentFormat.Entry> entries,
      @ForAll @IntRange(min = 0, max = 1_000_000) int cutSeed) {
    Written written = write(entries);
    int cut = cutSeed % (written.bytes.length + 1);
    byte[] file = java.util.Arrays.copyOf(written.bytes, cut);
    SegmentFormat.Contents contents = SegmentFormat.read(file);
    int whole = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (written.ends.get(i) <= cut) {
        whole++;
      }
    }
    assertEquals(whole, contents.records().size());
    for (int i = 0; i < whole; i++) {
      assertSame(entries.get(i), written.offsets.get(i), contents.records().get(i));
    }
    boolean cutInsideARecord = cut > SegmentFormat.HEADER.length && !written.ends.contains(cut);
    if (cutInsideARecord) {
      assertTrue(contents.tornTail() || contents.damaged() > 0, "a cut inside a record is reported");
    }
  }

  @Property(tries = 300)
  void aFlippedByteLosesAtMostTheRecordItIsIn(
      @ForAll("entries") @Size(min = 1, max = 30) List<SegmentFormat.Entry> entries,
      @ForAll @IntRange(min = 0, max = 1_000_000) int flipSeed,
      @ForAll @IntRange(min = 1, max = 255) int mask) {
    Written written = write(entries);
    int flip = SegmentFormat.HEADER.length + flipSeed % (written.bytes.length - SegmentFormat.HEADER.length);
    byte[] file = written.bytes.clone();
    file[flip] ^= (byte) mask;
    SegmentFormat.Contents contents = SegmentFormat.read(file);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      boolean touched = written.offsets.get(i) <= flip && flip < written.ends.get(i);
      if (!touched) {
        expected.add(i);
      }
    }
    assertEquals(expected.size(), contents.records().size(), "every untouched record, and only those");
    for (int k = 0; k < expected.size(); k++) {
      int i = expected.get(k);
      assertSame(entries.get(i), written.offsets.get(i), contents.records().get(k));
    }
    // A flip in a payload holding the marker's bytes may be counted as more than one damaged spot;
    // one that makes the last record's length run past the end reads as a torn tail.
    assertTrue(contents.damaged() + (contents.tornTail() ? 1 : 0) >= entries.size() - expected.size());
  }

  @Provide
  Arbitrary<List<SegmentFormat.Entry>> entries() {
    Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(40);
    // JSON bytes may contain anything, the marker's bytes included.
    Arbitrary<byte[]> json =
        Arbitraries.oneOf(
            Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
            Arbitraries.just("TCS1TCS1{}".getBytes(StandardCharsets.US_ASCII)));
    Arbitrary<SegmentFormat.Entry> entry =
        Combinators.combine(names, Arbitraries.longs(), Arbitraries.longs(), json).as(SegmentFormat.Entry::new);
    return entry.list();
  }

  private record Written(byte[] bytes, List<Integer> offsets, List<Integer> ends) {}

  private static Written write(List<SegmentFormat.Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(SegmentFormat.HEADER);
    List<Integer> offsets = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (SegmentFormat.Entry entry : entries) {
      offsets.add(out.size());
      out.writeBytes(SegmentFormat.record(entry));
      ends.add(out.size());
    }
    return new Written(out.toByteArray(), offsets, ends);
  }

  private static void assertSame(SegmentFormat.Entry expected, int offset, SegmentFormat.Stored actual) {
    assertEquals(offset, actual.offset());
    assertEquals(expected.name(), actual.entry().name());
    assertEquals(expected.uuidHigh(), actual.entry().uuidHigh());
    assertEquals(expected.uuidLow(), actual.entry().uuidLow());
    assertArrayEquals(expected.json(), actual.entry().json());
  }
}
