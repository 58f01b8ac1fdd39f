package dev.telemetry.catalogue.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telemetry.catalogue.model.ChangeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two published {@code catalogue.json} files (the previous release's and the current one)
 * and classifies every difference: more data collected, breaking for whoever analyses the data, or
 * neutral. Texts are neutral and not listed; every other difference is one change.
 */
public final class CatalogueDiff {
  private final List<CatalogueChange> changes = new ArrayList<>();

  private CatalogueDiff() {}

  /** The changes from {@code previous} to {@code current}, in the order of the current file. */
  public static List<CatalogueChange> between(JsonNode previous, JsonNode current) {
    CatalogueDiff diff = new CatalogueDiff();
    diff.events(previous.path("events"), current.path("events"));
    diff.types(previous.path("types"), current.path("types"));
    diff.policy(previous.path("policy"), current.path("policy"));
    return List.copyOf(diff.changes);
  }

  private void events(JsonNode before, JsonNode after) {
    for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode old = before.get(name);
      if (old == null) {
        add(ChangeKind.MORE_DATA, "event " + name + " added", name, null);
        continue;
      }
      JsonNode now = entry.getValue();
      if (!old.path("distinct-id").equals(now.path("distinct-id"))) {
        add(ChangeKind.MORE_DATA, "event " + name + " distinct-id changed", name, null);
      }
      if (!old.path("kind").equals(now.path("kind"))) {
        add(ChangeKind.BREAKING, "event " + name + " kind changed from " + old.path("kind").asText() + " to "
            + now.path("kind").asText(), name, null);
      }
      properties("property " + name + ".", name, "", old.path("properties"), now.path("properties"));
    }
    for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!after.has(name)) {
        add(ChangeKind.BREAKING, "event " + name + " removed", name, null);
      }
    }
  }

  private void types(JsonNode before, JsonNode after) {
    for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode old = before.get(entry.getKey());
      if (old != null) {
        properties("type property " + entry.getKey() + ".", null, entry.getKey() + ".", old.path("properties"),
            entry.getValue().path("properties"));
      }
      // A new or removed type changes nothing by itself: the properties that use it are compared.
    }
  }

  private void properties(String prefix, String event, String owner, JsonNode before, JsonNode after) {
    for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String path = owner + entry.getKey();
      JsonNode old = before.get(entry.getKey());
      if (old == null) {
        add(ChangeKind.MORE_DATA, prefix + entry.getKey() + " added", event, path);
      } else {
        property(prefix + entry.getKey(), event, path, old, entry.getValue());
      }
    }
    for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!after.has(name)) {
        add(ChangeKind.BREAKING, prefix + name + " removed", event, owner + name);
      }
    }
  }

  private void property(String label, String event, String path, JsonNode old, JsonNode now) {
    String oldType = old.path("type").asText();
    String newType = now.path("type").asText();
    if (!oldType.equals(newType)) {
      add(ChangeKind.BREAKING, label + " type changed from " + oldType + " to " + newType, event, path);
      return;
    }
    if (!old.path("required").asBoolean(true) && now.path("required").asBoolean(true)) {
      add(ChangeKind.BREAKING, label + " made required", event, path);
    }
    values(label, event, path, old.path("values"), now.path("values"));
    if (!old.path("pattern").equals(now.path("pattern"))) {
      if (now.has("pattern")) {
        add(ChangeKind.MORE_DATA, label + " pattern changed from " + old.path("pattern").asText("none") + " to "
            + now.path("pattern").asText(), event, path);
      } else {
        add(ChangeKind.MORE_DATA, label + " pattern removed", event, path);
      }
    }
    widened(label, event, path, "max-length", old, now, true);
    widened(label, event, path, "max-items", old, now, true);
    widened(label, event, path, "maximum", old, now, true);
    widened(label, event, path, "minimum", old, now, false);
    if (old.has("hash") && !now.has("hash")) {
      add(ChangeKind.MORE_DATA, label + " hash removed", event, path);
    }
    Set<String> oldClasses = texts(old.path("classification"));
    for (String exception : List.of("raw-identifier", "free-text", "allow-pii")) {
      if (!oldClasses.contains(exception) && texts(now.path("classification")).contains(exception)) {
        add(ChangeKind.MORE_DATA, label + " " + exception + " added", event, path);
      }
    }
    if (old.has("items") && now.has("items")) {
      property(label + "[]", event, path + "[]", old.get("items"), now.get("items"));
    }
  }

  private void values(String label, String event, String path, JsonNode before, JsonNode after) {
    Set<String> old = texts(before);
    Set<String> now = texts(after);
    for (String value : now) {
      if (!old.contains(value)) {
        add(ChangeKind.MORE_DATA, label + " enum value " + value + " added", event, path);
      }
    }
    for (String value : old) {
      if (!now.contains(value)) {
        add(ChangeKind.BREAKING, label + " enum value " + value + " removed", event, path);
      }
    }
  }

  /** A bound that lets more through: raised (or, for a minimum, lowered), or removed. */
  private void widened(String label, String event, String path, String key, JsonNode old, JsonNode now, boolean upper) {
    if (!old.has(key)) {
      return;
    }
    if (!now.has(key)) {
      add(ChangeKind.MORE_DATA, label + " " + key + " removed", event, path);
      return;
    }
    int order = new BigDecimal(now.get(key).asText()).compareTo(new BigDecimal(old.get(key).asText()));
    if (upper ? order > 0 : order < 0) {
      add(ChangeKind.MORE_DATA, label + " " + key + (upper ? " raised" : " lowered") + " from "
          + old.get(key).asText() + " to " + now.get(key).asText(), event, path);
    }
  }

  private void policy(JsonNode before, JsonNode after) {
    Set<String> now = new LinkedHashSet<>();
    for (JsonNode entry : after.path("forbid")) {
      now.addAll(texts(entry.path("names")));
    }
    for (JsonNode entry : before.path("forbid")) {
      for (String name : texts(entry.path("names"))) {
        if (!now.contains(name)) {
          add(ChangeKind.MORE_DATA, "policy.forbid name " + name + " removed", null, null);
        }
      }
    }
    if ("strict".equals(before.path("mode").asText()) && !"strict".equals(after.path("mode").asText())) {
      add(ChangeKind.MORE_DATA, "policy.mode changed from strict to " + after.path("mode").asText(), null, null);
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new LinkedHashSet<>();
    for (JsonNode item : array) {
      texts.add(item.asText());
    }
    return texts;
  }

  private void add(ChangeKind kind, String what, String event, String property) {
    changes.add(new CatalogueChange(kind, what, event, property));
  }
}
