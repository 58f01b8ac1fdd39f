package dev.telemetry.runtime.internal.spool;

import dev.telemetry.runtime.internal.Log;
import dev.telemetry.runtime.internal.encode.UuidV7;
import dev.telemetry.runtime.sink.EncodedEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Events on disk until they are delivered: the delivery thread appends each batch to this
 * process's segment before sending it, and a segment is deleted only once each of its events is
 * delivered or given up for good. What a process leaves behind (it crashed, was killed, closed
 * without waiting for the network, or the collector was down longer than the retry budget) is
 * claimed and sent by the next client that opens the directory, with each event's original {@code
 * uuid} and {@code timestamp}. Bounded by bytes and by age: past either, the oldest segments are
 * dropped and reported. When the disk fails (full, read-only, removed) the spool reports it once
 * and stops: the client goes on from memory. Thread-safe.
 */
public final class Spool implements AutoCloseable {
  /** A segment is closed and a new one started once it holds this many bytes. */
  static final int SEGMENT_BYTES = 1024 * 1024;

  /** What the spool reports to its client's accounting. */
  public interface Reports {
    /** One of this process's events was dropped from the spool (past its size or age bound). */
    void ownDropped(String eventName, String detail);

    /** {@code count} events left by an earlier process were dropped (bounds, or damage). */
    void earlierDropped(int count, String detail);
  }

  /** Events taken back out of the spool to send again. */
  public record Backlog(List<EncodedEvent> events, boolean earlier) {
    /** Whether there is nothing to send. */
    public boolean isEmpty() {
      return events.isEmpty();
    }
  }

  private static final class Segment {
    final SegmentFile file;
    final boolean earlier;
    final BitSet inFlight = new BitSet();
    final BitSet settled;
    int unsettled;

    Segment(SegmentFile file, boolean earlier, BitSet settled, int unsettled) {
      this.file = file;
      this.earlier = earlier;
      this.settled = settled;
      this.unsettled = unsettled;
    }
  }

  private record Ref(Segment segment, int offset) {}

  private final Path directory;
  private final long maxBytes;
  private final Duration maxAge;
  private final Reports reports;
  // Segments this process holds, oldest first.
  private final Map<Path, Segment> held = new LinkedHashMap<>();
  private final Map<EncodedEvent, Ref> refs = new IdentityHashMap<>();
  private Segment active;
  private long bytesOnDisk;
  private int ownKept;
  private boolean earlierMaybe = true;
  private boolean broken;
  private int spooledAtClose = -1;

  private Spool(Path directory, long maxBytes, Duration maxAge, Reports reports) {
    this.directory = directory;
    this.maxBytes = maxBytes;
    this.maxAge = maxAge;
    this.reports = reports;
  }

  /**
   * Opens (creating it if needed) the spool directory {@code directory}.
   *
   * @throws IOException when the directory cannot be created or read; the caller goes on without
   *     a spool
   */
  public static Spool open(Path directory, long maxBytes, Duration maxAge, Reports reports) throws IOException {
    Files.createDirectories(directory);
    if (!Files.isWritable(directory)) {
      throw new IOException("the spool directory " + directory + " is not writable");
    }
    Spool spool = new Spool(directory, maxBytes, maxAge, Objects.requireNonNull(reports, "reports"));
    spool.bytesOnDisk = spool.measure();
    return spool;
  }

  /**
   * Deletes every segment in {@code directory} that no running process holds (telemetry was
   * switched off: what was spooled while it was on must not be sent); returns how many events
   * they held. Missing directories hold nothing.
   */
  public static int purge(Path directory) {
    int events = 0;
    for (Path path : segmentPaths(directory)) {
      try {
        SegmentFile file = SegmentFile.claim(path);
        if (file != null) {
          events += file.read().records().size();
          file.delete();
        }
      } catch (IOException | RuntimeException e) {
        Log.get().log(Level.WARNING, "telemetry: could not delete the spooled segment {0}: {1}", path, e.toString());
      }
    }
    return events;
  }

  /**
   * Whether a segment left by another process was started more than {@code age} ago (read from
   * the segment names, which begin with their creation time).
   */
  public synchronized boolean hasEarlierSegmentOlderThan(Duration age) {
    long before = System.currentTimeMillis() - age.toMillis();
    for (Path path : segmentPaths(directory)) {
      if (held.containsKey(path)) {
        continue;
      }
      String name = path.getFileName().toString();
      try {
        return Long.parseLong(name.substring(4, 16), 16) < before;
      } catch (RuntimeException notOurs) {
        // A name not of the form seg-<12 hex digits>-...: not a segment this spool wrote.
      }
    }
    return false;
  }

  /** The directory. */
  public Path directory() {
    return directory;
  }

  /** Whether the spool still works; once the disk failed, it takes nothing more. */
  public synchronized boolean usable() {
    return !broken;
  }

  /**
   * Writes {@code events} (this process's, about to be sent) to the current segment. On a disk
   * failure it reports once, stops the spool and returns false: the events go on from memory.
   */
  public synchronized boolean append(List<EncodedEvent> events) {
    if (broken || events.isEmpty() || spooledAtClose >= 0) {
      return false;
    }
    try {
      if (active == null || active.file.length() >= SEGMENT_BYTES) {
        startSegment();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int[] offsets = new int[events.size()];
      int base = (int) active.file.length();
      for (int i = 0; i < events.size(); i++) {
        EncodedEvent event = events.get(i);
        offsets[i] = base + bytes.size();
        UUID uuid = event.uuid();
        bytes.write(SegmentFormat.record(
            new SegmentFormat.Entry(event.name(), uuid.getMostSignificantBits(), uuid.getLeastSignificantBits(), event.bytes())));
      }
      byte[] all = bytes.toByteArray();
      active.file.append(all);
      bytesOnDisk += all.length;
      for (int i = 0; i < events.size(); i++) {
        active.inFlight.set(offsets[i]);
        active.unsettled++;
        refs.put(events.get(i), new Ref(active, offsets[i]));
      }
      enforceSize();
      return true;
    } catch (IOException | UncheckedIOException e) {
      fail("writing to the spool failed", e);
      return false;
    }
  }

  /** These events need no more sending (delivered, or refused for good): acknowledge them. */
  public synchronized void settled(List<EncodedEvent> events) {
    if (spooledAtClose >= 0) {
      return; // A sender that outlived the close: its events stay for the next process.
    }
    Map<Segment, int[]> offsets = group(events);
    for (Map.Entry<Segment, int[]> entry : offsets.entrySet()) {
      Segment segment = entry.getKey();
      int[] at = entry.getValue();
      int count = 0;
      for (int offset : at) {
        if (!segment.settled.get(offset)) {
          segment.settled.set(offset);
          segment.inFlight.clear(offset);
          segment.unsettled--;
          at[count++] = offset;
        }
      }
      try {
        if (segment.unsettled == 0 && segment != active) {
          drop(segment);
        } else if (!broken && count > 0) {
          segment.file.acknowledge(at, count);
        }
      } catch (IOException e) {
        fail("acknowledging delivered events in the spool failed", e);
      }
    }
  }

  /**
   * These events could not be sent now (the collector is down, or the client is closing): they
   * stay on disk, to be sent again later by this process or the next. Returns those of them that
   * are not in the spool (their write failed), which the caller must account for itself.
   */
  public synchronized List<EncodedEvent> kept(List<EncodedEvent> events) {
    if (spooledAtClose >= 0) {
      return broken ? events : List.of();
    }
    List<EncodedEvent> unknown = new ArrayList<>();
    for (EncodedEvent event : events) {
      Ref ref = refs.remove(event);
      if (ref == null || !held.containsKey(ref.segment().file.path())) {
        unknown.add(event);
        continue;
      }
      ref.segment().inFlight.clear(ref.offset());
      if (!ref.segment().earlier) {
        ownKept++;
      }
    }
    // A segment that was being sent could not be dropped while it was; it may be now.
    try {
      enforceSize();
    } catch (IOException e) {
      fail("trimming the spool to its size bound failed", e);
    }
    return unknown;
  }

  /** This process's events on disk and not yet delivered (kept or being sent). */
  public synchronized int spooled() {
    if (spooledAtClose >= 0) {
      return spooledAtClose;
    }
    int count = 0;
    for (Segment segment : held.values()) {
      if (!segment.earlier) {
        count += segment.unsettled;
      }
    }
    return count;
  }

  /** Whether anything may be waiting to be sent again: kept events, or segments left by others. */
  public synchronized boolean hasBacklog() {
    return !broken && (ownKept > 0 || earlierMaybe);
  }

  /** Looks for segments left by other processes again (they may have ended since). */
  public synchronized void rescan() {
    earlierMaybe = true;
  }

  /**
   * Takes up to {@code maxEvents} events ({@code maxBytes} of JSON) to send again: this process's
   * kept events first, else events of a segment left by another process, which this process then
   * holds until they are sent. Damaged records are skipped and reported; segments past the age
   * bound are dropped and reported.
   */
  public synchronized Backlog takeBacklog(int maxEvents, int maxBytes) {
    if (broken || spooledAtClose >= 0) {
      return new Backlog(List.of(), false);
    }
    try {
      if (ownKept > 0) {
        List<EncodedEvent> own = collect(false, maxEvents, maxBytes);
        if (!own.isEmpty()) {
          return new Backlog(own, false);
        }
        ownKept = 0;
      }
      List<EncodedEvent> earlier = collect(true, maxEvents, maxBytes);
      while (earlier.isEmpty() && earlierMaybe) {
        if (!claimNext()) {
          earlierMaybe = false;
          break;
        }
        earlier = collect(true, maxEvents, maxBytes);
      }
      return new Backlog(earlier, true);
    } catch (IOException e) {
      fail("reading the spool failed", e);
      return new Backlog(List.of(), false);
    }
  }

  /** Forces what was written to the disk. */
  public synchronized void sync() {
    if (broken) {
      return;
    }
    try {
      for (Segment segment : held.values()) {
        segment.file.sync();
      }
    } catch (IOException e) {
      fail("syncing the spool failed", e);
    }
  }

  /**
   * Syncs, deletes the segments whose events are all settled, and lets go of the others for the
   * next process.
   */
  @Override
  public synchronized void close() {
    spooledAtClose = broken ? 0 : spooled();
    sync();
    for (Segment segment : List.copyOf(held.values())) {
      try {
        if (segment.unsettled == 0) {
          segment.file.delete();
        } else {
          segment.file.close();
        }
      } catch (IOException e) {
        Log.get().log(Level.WARNING, "telemetry: closing the spooled segment {0} failed: {1}", segment.file.path(), e.toString());
      }
    }
    held.clear();
    refs.clear();
    active = null;
  }

  private void startSegment() throws IOException {
    if (active != null && active.unsettled == 0) {
      drop(active);
    }
    Path path = directory.resolve(segmentName(System.currentTimeMillis()));
    SegmentFile file = SegmentFile.create(path);
    bytesOnDisk += SegmentFormat.HEADER.length;
    active = new Segment(file, false, new BitSet(), 0);
    held.put(path, active);
  }

  // seg-<12 hex digits of ms>-<uuid>.seg: names sort by creation time, and the random part keeps
  // processes that start a segment in the same millisecond apart. (No String.format: its first
  // use loads the formatter and regex classes, which a short-lived program pays for.)
  static String segmentName(long millis) {
    String hex = Long.toHexString(millis);
    String padded = "000000000000".substring(Math.min(12, hex.length())) + hex;
    return "seg-" + padded + "-" + UuidV7.of(millis) + ".seg";
  }

  private List<EncodedEvent> collect(boolean earlier, int maxEvents, int maxBytes) throws IOException {
    List<EncodedEvent> events = new ArrayList<>();
    int bytes = 0;
    for (Segment segment : List.copyOf(held.values())) {
      if (segment.earlier != earlier || segment.unsettled == 0) {
        continue;
      }
      for (SegmentFormat.Stored stored : segment.file.read().records()) {
        int offset = stored.offset();
        if (segment.settled.get(offset) || segment.inFlight.get(offset)) {
          continue;
        }
        SegmentFormat.Entry entry = stored.entry();
        if (!events.isEmpty() && (events.size() >= maxEvents || bytes + entry.json().length > maxBytes)) {
          return events;
        }
        EncodedEvent event = EncodedEvent.of(entry.name(), entry.uuidHigh(), entry.uuidLow(), entry.json());
        segment.inFlight.set(offset);
        refs.put(event, new Ref(segment, offset));
        events.add(event);
        bytes += entry.json().length;
        if (!earlier) {
          ownKept--;
        }
      }
    }
    return events;
  }

  // Claims the oldest segment another process left; false when there is none to claim.
  private boolean claimNext() throws IOException {
    for (Path path : segmentPaths(directory)) {
      if (held.containsKey(path)) {
        continue;
      }
      SegmentFile file = SegmentFile.claim(path);
      if (file == null) {
        continue;
      }
      if (tooOld(path)) {
        SegmentFormat.Contents contents = file.read();
        int left = contents.records().size() - countSettled(contents, file.acknowledged());
        file.delete();
        bytesOnDisk = measure();
        if (left > 0) {
          reports.earlierDropped(left, "spooled longer than " + maxAge + " (the spool's age bound)");
        }
        continue;
      }
      SegmentFormat.Contents contents = file.read();
      BitSet settled = file.acknowledged();
      int unsettled = contents.records().size() - countSettled(contents, settled);
      int damaged = contents.damaged() + (contents.tornTail() ? 1 : 0);
      if (damaged > 0) {
        reports.earlierDropped(
            damaged, "damaged or cut-off record(s) in the spooled segment " + path.getFileName() + " were skipped");
      }
      if (unsettled == 0) {
        file.delete();
        bytesOnDisk = measure();
        continue;
      }
      held.put(path, new Segment(file, true, settled, unsettled));
      return true;
    }
    return false;
  }

  private static int countSettled(SegmentFormat.Contents contents, BitSet settled) {
    int count = 0;
    for (SegmentFormat.Stored stored : contents.records()) {
      if (settled.get(stored.offset())) {
        count++;
      }
    }
    return count;
  }

  private boolean tooOld(Path path) {
    try {
      Instant written = Files.getLastModifiedTime(path).toInstant();
      return written.plus(maxAge).isBefore(Instant.now());
    } catch (IOException e) {
      return false;
    }
  }

  // Past the size bound: drops the oldest segments it can (never the one being written, never
  // one with events being sent), counting what they held.
  private void enforceSize() throws IOException {
    if (bytesOnDisk <= maxBytes) {
      return;
    }
    bytesOnDisk = measure();
    Iterator<Path> oldest = segmentPaths(directory).iterator();
    while (bytesOnDisk > maxBytes && oldest.hasNext()) {
      Path path = oldest.next();
      Segment segment = held.get(path);
      if (segment == active || (segment != null && !segment.inFlight.isEmpty())) {
        continue;
      }
      String detail = "the spool is over its size bound of " + maxBytes + " bytes; the oldest events were dropped";
      if (segment != null) {
        for (SegmentFormat.Stored stored : segment.file.read().records()) {
          if (!segment.settled.get(stored.offset())) {
            if (segment.earlier) {
              reports.earlierDropped(1, detail);
            } else {
              reports.ownDropped(stored.entry().name(), detail);
              ownKept--;
            }
          }
        }
        ownKept = Math.max(0, ownKept);
        held.remove(path);
        segment.file.delete();
      } else {
        SegmentFile file = SegmentFile.claim(path);
        if (file == null) {
          continue;
        }
        SegmentFormat.Contents contents = file.read();
        int left = contents.records().size() - countSettled(contents, file.acknowledged());
        file.delete();
        if (left > 0) {
          reports.earlierDropped(left, detail);
        }
      }
      bytesOnDisk = measure();
    }
  }

  private void drop(Segment segment) throws IOException {
    held.remove(segment.file.path());
    bytesOnDisk -= segment.file.length();
    segment.file.delete();
    if (segment == active) {
      active = null;
    }
  }

  private Map<Segment, int[]> group(List<EncodedEvent> events) {
    Map<Segment, List<Integer>> bySegment = new LinkedHashMap<>();
    for (EncodedEvent event : events) {
      Ref ref = refs.remove(event);
      if (ref != null && held.containsKey(ref.segment().file.path())) {
        bySegment.computeIfAbsent(ref.segment(), s -> new ArrayList<>()).add(ref.offset());
      }
    }
    Map<Segment, int[]> grouped = new LinkedHashMap<>();
    bySegment.forEach((segment, offsets) -> grouped.put(segment, offsets.stream().mapToInt(Integer::intValue).toArray()));
    return grouped;
  }

  private long measure() {
    long total = 0;
    for (Path path : segmentPaths(directory)) {
      try {
        total += Files.size(path);
      } catch (IOException gone) {
        // Deleted meanwhile by the process that sent it.
      }
    }
    return total;
  }

  private void fail(String what, Exception e) {
    broken = true;
    Log.get().log(
        Level.WARNING,
        "telemetry: {0} ({1}); events go on from memory only, and those not delivered when the"
            + " process ends are lost",
        what, e.toString());
  }

  // Segment files, oldest first (their names start with the creation time).
  private static List<Path> segmentPaths(Path directory) {
    List<Path> paths = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "seg-*.seg")) {
      for (Path path : stream) {
        paths.add(path);
      }
    } catch (NoSuchFileException missing) {
      return paths;
    } catch (IOException e) {
      Log.get().log(Level.WARNING, "telemetry: could not list the spool directory {0}: {1}", directory, e.toString());
    }
    paths.sort(null);
    return paths;
  }
}
