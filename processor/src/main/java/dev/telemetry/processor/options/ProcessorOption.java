package dev.telemetry.processor.options;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every {@code -A} option the processor reads; all are optional. */
public enum ProcessorOption {
  /** Path of the catalogue file; absolute or relative to the working directory. Wins over every other way of finding it. */
  CATALOGUE(
      "telemetry.catalogue",
      "Path of the catalogue file (absolute, or relative to the working directory). Always wins over "
          + "@TelemetryCatalogue and the default search."),
  /** Package of the generated event classes and index. */
  PACKAGE(
      "telemetry.package",
      "Package of the generated event classes and event index. Wins over @TelemetryCatalogue; the "
          + "default is telemetry.<namespace>.");

  private final String key;
  private final String description;

  ProcessorOption(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** The option name as passed to javac after {@code -A}. */
  public String key() {
    return key;
  }

  /** What the option does, for the README and {@code getSupportedOptions}. */
  public String description() {
    return description;
  }

  /** The option's value, or null when it is not set or blank. */
  public String valueIn(Map<String, String> options) {
    String value = options.get(key);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The names of all options, for {@code Processor.getSupportedOptions()}. */
  public static Set<String> keys() {
    return Arrays.stream(values()).map(ProcessorOption::key).collect(Collectors.toUnmodifiableSet());
  }
}
