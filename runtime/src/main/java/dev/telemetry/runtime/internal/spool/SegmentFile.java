package dev.telemetry.runtime.internal.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * One segment on disk, held under an exclusive lock for as long as this process uses it: the
 * records file ({@code NAME.seg}) and its acknowledgements ({@code NAME.ack}, the 4-byte offsets
 * of records delivered or given up for good). The lock is what lets several processes share a
 * spool directory: a segment is written, or claimed and sent, by one process at a time, and a
 * process that dies releases its locks with it. Not thread-safe; the {@link Spool} guards it.
 */
final class SegmentFile implements AutoCloseable {
  private final Path path;
  private final Path ackPath;
  private final FileChannel channel;
  private final FileLock lock;
  private FileChannel acks;
  private long length;

  private SegmentFile(Path path, FileChannel channel, FileLock lock, long length) {
    this.path = path;
    this.ackPath = ackPathOf(path);
    this.channel = channel;
    this.lock = lock;
    this.length = length;
  }

  /** Creates a new, locked, empty segment at {@code path} (which must not exist). */
  static SegmentFile create(Path path) throws IOException {
    FileChannel channel =
        FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.lock();
      channel.write(ByteBuffer.wrap(SegmentFormat.HEADER), 0);
      return new SegmentFile(path, channel, lock, SegmentFormat.HEADER.length);
    } catch (IOException | RuntimeException e) {
      channel.close();
      Files.deleteIfExists(path);
      throw e;
    }
  }

  /**
   * Locks an existing segment that no process holds, or returns null: it is locked by another
   * process (or by another client of this one), or it was deleted meanwhile (a process that has
   * just sent it all).
   */
  static SegmentFile claim(Path path) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (NoSuchFileException gone) {
      return null;
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return null;
      }
      // The process that held it may have deleted it just before letting go: then it is done.
      // Segment names are never reused, so a file still under the name is the same segment.
      if (!Files.exists(path)) {
        lock.release();
        channel.close();
        return null;
      }
      return new SegmentFile(path, channel, lock, channel.size());
    } catch (OverlappingFileLockException heldHere) {
      channel.close();
      return null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  Path path() {
    return path;
  }

  long length() {
    return length;
  }

  /** Appends {@code bytes} (whole records) and returns the offset where they start. */
  int append(byte[] bytes) throws IOException {
    int at = (int) length;
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long position = length;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    length = position;
    return at;
  }

  /** Forces what was written to the disk, so that it survives a power cut, not only a crash. */
  void sync() throws IOException {
    channel.force(false);
    if (acks != null) {
      acks.force(false);
    }
  }

  /** Every intact record, and what was damaged. */
  SegmentFormat.Contents read() throws IOException {
    int size = (int) Math.min(channel.size(), Integer.MAX_VALUE - 8);
    ByteBuffer buffer = ByteBuffer.allocate(size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // Reads until the end.
    }
    return SegmentFormat.read(buffer.array());
  }

  /** The offsets acknowledged so far (a torn last entry is ignored). */
  BitSet acknowledged() throws IOException {
    BitSet done = new BitSet();
    if (!Files.exists(ackPath)) {
      return done;
    }
    byte[] bytes = Files.readAllBytes(ackPath);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    while (in.remaining() >= 4) {
      int offset = in.getInt();
      if (offset >= 0) {
        done.set(offset);
      }
    }
    return done;
  }

  /** Records that the records at {@code offsets} need no sending any more. */
  void acknowledge(int[] offsets, int count) throws IOException {
    if (acks == null) {
      acks =
          FileChannel.open(ackPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }
    ByteBuffer out = ByteBuffer.allocate(4 * count);
    for (int i = 0; i < count; i++) {
      out.putInt(offsets[i]);
    }
    out.flip();
    while (out.hasRemaining()) {
      acks.write(out);
    }
  }

  /** Deletes the segment and its acknowledgements, then lets go of the lock. */
  void delete() throws IOException {
    try {
      Files.deleteIfExists(path);
      Files.deleteIfExists(ackPath);
    } finally {
      close();
    }
  }

  /** Lets go of the lock and the files, leaving them for a later process. */
  @Override
  public void close() throws IOException {
    try {
      if (acks != null) {
        acks.close();
      }
    } finally {
      try {
        if (lock.isValid()) {
          lock.release();
        }
      } finally {
        channel.close();
      }
    }
  }

  static Path ackPathOf(Path segment) {
    String name = segment.getFileName().toString();
    return segment.resolveSibling(name.substring(0, name.length() - ".seg".length()) + ".ack");
  }
}
