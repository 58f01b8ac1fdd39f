package dev.telemetry.samples;

import dev.telemetry.runtime.internal.encode.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON compared as values, as PRODUCT.md §9 compares our batches with analytics-go's: key order
 * and number spelling do not matter, and the keys we add on purpose ({@code uuid}, {@code
 * $geoip_disable}, {@code $ip}) are left out.
 */
final class JsonValues {
  /** The keys our runtime adds to analytics-go's events on purpose. */
  static final Set<String> ADDED_ON_PURPOSE = Set.of("uuid", "$geoip_disable", "$ip");

  private JsonValues() {}

  /** The parsed file, without the keys added on purpose, numbers made comparable. */
  static Object comparable(Path file) throws IOException {
    return comparable(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The parsed text, without the keys added on purpose, numbers made comparable. */
  static Object comparable(String json) {
    return normalise(JsonReader.parse(json));
  }

  private static Object normalise(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new TreeMap<>();
      map.forEach((key, item) -> {
        if (!ADDED_ON_PURPOSE.contains((String) key)) {
          copy.put((String) key, normalise(item));
        }
      });
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(normalise(item)));
      return copy;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros();
    }
    return value;
  }
}
