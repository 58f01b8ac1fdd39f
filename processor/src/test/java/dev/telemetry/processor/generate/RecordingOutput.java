package dev.telemetry.processor.generate;

import dev.telemetry.runtime.event.JsonOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link JsonOutput} that records what a writer writes as maps, lists and values, hashing
 * identifiers like the runtime's {@code sha256} hashing, and that fails on any misuse of the
 * protocol (a value without a name inside an object, unbalanced begin and end).
 */
final class RecordingOutput implements JsonOutput {
  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Deque<Object> open = new ArrayDeque<>();
  private String pendingName;

  RecordingOutput() {
    open.push(root);
  }

  /** The properties written, once every object and array is closed again. */
  Map<String, Object> properties() {
    if (open.size() != 1 || pendingName != null) {
      throw new IllegalStateException("unbalanced output: " + open.size() + " open, pending name " + pendingName);
    }
    return root;
  }

  /** {@code prefix_base64url(sha256(json))} without padding, as PRODUCT section 9 defines it. */
  static String hash(String prefix, String json) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JSON string of plain text (the examples hold no characters that need escaping beyond these). */
  static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public JsonOutput name(String name) {
    if (!(open.peek() instanceof Map) || pendingName != null) {
      throw new IllegalStateException("name " + name + " outside an object or after another name");
    }
    pendingName = name;
    return this;
  }

  @Override
  public JsonOutput value(String value) {
    return put(value);
  }

  @Override
  public JsonOutput value(long value) {
    return put(value);
  }

  @Override
  public JsonOutput value(double value) {
    return put(value);
  }

  @Override
  public JsonOutput value(boolean value) {
    return put(value);
  }

  @Override
  public JsonOutput value(Instant value) {
    return put(value.toString());
  }

  @Override
  public JsonOutput value(Duration value) {
    return put(value.toNanos() / 1e9);
  }

  @Override
  public JsonOutput hashed(String prefix, String identifier) {
    return put(hash(prefix, jsonString(identifier)));
  }

  @Override
  public JsonOutput hashed(String prefix, long identifier) {
    return put(hash(prefix, Long.toString(identifier)));
  }

  @Override
  public JsonOutput nullValue() {
    return put(null);
  }

  @Override
  public JsonOutput beginObject() {
    Map<String, Object> object = new LinkedHashMap<>();
    put(object);
    open.push(object);
    return this;
  }

  @Override
  public JsonOutput endObject() {
    return close(Map.class);
  }

  @Override
  public JsonOutput beginArray() {
    List<Object> array = new ArrayList<>();
    put(array);
    open.push(array);
    return this;
  }

  @Override
  public JsonOutput endArray() {
    return close(List.class);
  }

  private JsonOutput close(Class<?> kind) {
    if (open.size() < 2 || !kind.isInstance(open.peek()) || pendingName != null) {
      throw new IllegalStateException("cannot close a " + kind.getSimpleName() + " here");
    }
    open.pop();
    return this;
  }

  @SuppressWarnings("unchecked")
  private JsonOutput put(Object value) {
    Object container = open.peek();
    if (container instanceof Map) {
      if (pendingName == null) {
        throw new IllegalStateException("value " + value + " without a name inside an object");
      }
      ((Map<String, Object>) container).put(pendingName, value);
      pendingName = null;
    } else {
      ((List<Object>) container).add(value);
    }
    return this;
  }
}
