package dev.telemetry.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.List;

/**
 * Sources generated from the catalogue alone.
 *
 * <p>Every class in {@code writers} is a {@code public final} class in the generated package that
 * implements {@code EventWriter<E>} for its generated event class and has a public no-argument
 * constructor: the event index creates each with {@code new RequestCreatedWriter()}. Writers hold
 * no state, so one instance per index is enough.
 *
 * @param files the Java files to write (event classes with their nested enums and builders,
 *     named-type records, writers), in catalogue order; none carries originating elements, since
 *     they come from the catalogue file and not from a source element
 * @param writers the writer classes, one per generated event class, in catalogue order, for the
 *     event index
 */
public record GeneratedSources(List<JavaFile> files, List<ClassName> writers) {
  /** Copies both lists, so that the result is immutable. */
  public GeneratedSources {
    files = List.copyOf(files);
    writers = List.copyOf(writers);
  }
}
