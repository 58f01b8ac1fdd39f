package dev.telemetry.runtime.internal.spool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The bytes of a spool segment: an 8-byte file header, then records, each a 4-byte marker, the
 * payload's length (4 bytes, big-endian), the CRC32C of the payload (4 bytes) and the payload
 * (the event's name, uuid and encoded JSON). A record is identified by its offset in the file,
 * which never changes, so acknowledgements stay right even when an earlier record is damaged.
 * Reading skips a damaged record (bad length or checksum) by searching for the next marker whose
 * record checks out, and stops at a torn tail (a record cut off by a crash mid-write).
 */
final class SegmentFormat {
  /** The first bytes of every segment file: the format and its version. */
  static final byte[] HEADER = "TCSPOOL1".getBytes(StandardCharsets.US_ASCII);
  static final int MARKER = 0x5443_5331; // "TCS1"
  static final int RECORD_OVERHEAD = 12;
  /** No record is longer; a longer length is damage, not data. */
  static final int MAX_PAYLOAD = 16 * 1024 * 1024;

  private SegmentFormat() {}

  /** One event as stored: its catalogue name, uuid halves and encoded JSON. */
  record Entry(String name, long uuidHigh, long uuidLow, byte[] json) {}

  /** A record read back: where it starts and what it holds. */
  record Stored(int offset, Entry entry) {}

  /** What reading a segment found. */
  record Contents(List<Stored> records, int damaged, boolean tornTail, int validLength) {}

  /** The bytes of one record holding {@code entry}. */
  static byte[] record(Entry entry) {
    byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
    int payloadLength = 2 + name.length + 16 + entry.json().length;
    ByteBuffer out = ByteBuffer.allocate(RECORD_OVERHEAD + payloadLength);
    out.putInt(MARKER).putInt(payloadLength).putInt(0);
    out.putShort((short) name.length).put(name);
    out.putLong(entry.uuidHigh()).putLong(entry.uuidLow()).put(entry.json());
    CRC32C crc = new CRC32C();
    crc.update(out.array(), RECORD_OVERHEAD, payloadLength);
    out.putInt(8, (int) crc.getValue());
    return out.array();
  }

  /** Reads every intact record of a segment's bytes (header included). */
  static Contents read(byte[] file) {
    List<Stored> records = new ArrayList<>();
    if (file.length < HEADER.length || !startsWithHeader(file)) {
      return new Contents(records, file.length == 0 ? 0 : 1, false, 0);
    }
    int at = HEADER.length;
    int damaged = 0;
    boolean torn = false;
    int validLength = at;
    while (at < file.length) {
      if (file.length - at < RECORD_OVERHEAD) {
        torn = true;
        break;
      }
      ByteBuffer view = ByteBuffer.wrap(file);
      int marker = view.getInt(at);
      int length = view.getInt(at + 4);
      int expectedCrc = view.getInt(at + 8);
      if (marker == MARKER && length >= 18 && length <= MAX_PAYLOAD && length <= file.length - at - RECORD_OVERHEAD) {
        CRC32C crc = new CRC32C();
        crc.update(file, at + RECORD_OVERHEAD, length);
        Entry entry = (int) crc.getValue() == expectedCrc ? entry(file, at + RECORD_OVERHEAD, length) : null;
        if (entry != null) {
          records.add(new Stored(at, entry));
          at += RECORD_OVERHEAD + length;
          validLength = at;
          continue;
        }
      } else if (marker == MARKER && length >= 18 && length <= MAX_PAYLOAD) {
        // A whole marker and a plausible length, but the file ends first: cut off mid-write.
        int next = nextMarker(file, at + 1);
        if (next < 0) {
          torn = true;
          break;
        }
      }
      damaged++;
      int next = nextMarker(file, at + 1);
      if (next < 0) {
        break;
      }
      at = next;
    }
    return new Contents(records, damaged, torn, validLength);
  }

  private static Entry entry(byte[] file, int at, int length) {
    ByteBuffer in = ByteBuffer.wrap(file, at, length);
    int nameLength = Short.toUnsignedInt(in.getShort());
    if (nameLength > length - 18) {
      return null;
    }
    String name = new String(file, in.position(), nameLength, StandardCharsets.UTF_8);
    in.position(in.position() + nameLength);
    long high = in.getLong();
    long low = in.getLong();
    byte[] json = new byte[length - 18 - nameLength];
    in.get(json);
    return new Entry(name, high, low, json);
  }

  private static boolean startsWithHeader(byte[] file) {
    for (int i = 0; i < HEADER.length; i++) {
      if (file[i] != HEADER[i]) {
        return false;
      }
    }
    return true;
  }

  private static int nextMarker(byte[] file, int from) {
    for (int i = from; i + 4 <= file.length; i++) {
      if (file[i] == 0x54 && file[i + 1] == 0x43 && file[i + 2] == 0x53 && file[i + 3] == 0x31) {
        return i;
      }
    }
    return -1;
  }
}
