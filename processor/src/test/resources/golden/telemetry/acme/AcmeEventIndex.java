package telemetry.acme;

import com.acme.TelemetryWriters;
import dev.telemetry.runtime.event.EventIndex;
import dev.telemetry.runtime.event.EventWriter;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Every event of the {@code acme} catalogue (Acme) that this module can send.
 */
@Generated("dev.telemetry.processor.TelemetryProcessor")
public final class AcmeEventIndex implements EventIndex {
  /**
   * The @TelemetryEvent classes this index was built with; the processor reads them back when javac
   * compiles only some files.
   */
  public static final String ANNOTATED_EVENT_CLASSES = "com.acme.ReportExported,com.acme.reports.ReportDeleted";

  private static final List<EventWriter<?>> WRITERS = List.of(
      new TelemetryWriters.ReportExportedTelemetryWriter(),
      new com.acme.reports.TelemetryWriters.ReportDeletedTelemetryWriter());

  /**
   * Creates the index; the runtime finds it through {@link java.util.ServiceLoader}.
   */
  public AcmeEventIndex() {
  }

  @Override
  public String namespace() {
    return "acme";
  }

  @Override
  public String hashing() {
    return "sha256";
  }

  @Override
  public List<EventWriter<?>> writers() {
    return WRITERS;
  }
}
