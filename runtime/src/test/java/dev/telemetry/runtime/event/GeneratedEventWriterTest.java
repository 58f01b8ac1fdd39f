package dev.telemetry.runtime.event;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeneratedEventWriterTest {
  private static final EventDescriptor DESCRIPTOR =
      new EventDescriptor("acme:report.exported", EventKind.CAPTURE, null, "usr", "Which exports matter.");

  record Exported(String user, long rows) {}

  /** A hand-written writer on the base class, as a user would write one. */
  static final class ExportedWriter extends GeneratedEventWriter<Exported> {
    ExportedWriter(boolean immutable) {
      super(Exported.class, DESCRIPTOR, immutable);
    }

    @Override
    public String distinctId(Exported event) {
      return event.user();
    }

    @Override
    public void writeProperties(Exported event, JsonOutput out) {
      out.name("rows").value(event.rows());
    }
  }

  @Test
  void answersItsEventClassAndDescriptor() {
    ExportedWriter writer = new ExportedWriter(true);
    assertSame(Exported.class, writer.eventClass());
    assertSame(DESCRIPTOR, writer.descriptor());
  }

  @Test
  void snapshotOfAnImmutableEventIsTheEventItself() {
    Exported event = new Exported("u-1", 3);
    assertSame(event, new ExportedWriter(true).snapshot(event));
  }

  @Test
  void snapshotOfAnEventThatMayChangeIsNoneSoItIsEncodedAtOnce() {
    assertNull(new ExportedWriter(false).snapshot(new Exported("u-1", 3)));
  }

  @Test
  void rejectsAMissingClassOrDescriptor() {
    assertThrows(NullPointerException.class, () -> new GeneratedEventWriter<Exported>(null, DESCRIPTOR, true) {
      @Override
      public String distinctId(Exported event) {
        return null;
      }

      @Override
      public void writeProperties(Exported event, JsonOutput out) {}
    });
  }
}
