package dev.telemetry.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.List;

/**
 * Sources generated from the catalogue alone.
 *
 * @param files the Java files to write (event classes, enums, named-type records, writers)
 * @param writers the writer classes, one per generated event class, for the event index
 */
public record GeneratedSources(List<JavaFile> files, List<ClassName> writers) {
  public GeneratedSources {
    files = List.copyOf(files);
    writers = List.copyOf(writers);
  }
}
