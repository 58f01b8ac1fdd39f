package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The catalogue properties inside an encoded batch: what the event's JSON Schema describes. */
final class SentProperties {
  private SentProperties() {}

  /** The properties of the batch's only event, without the runtime's own {@code $} properties. */
  static ObjectNode of(byte[] batchBody) {
    JsonNode event = PrettyJson.read(batchBody).get("batch").get(0);
    if (event.has("$set")) {
      return (ObjectNode) event.get("$set").deepCopy();
    }
    JsonNode properties = event.get("properties");
    if (properties.has("$group_set")) {
      return (ObjectNode) properties.get("$group_set").deepCopy();
    }
    ObjectNode own = PrettyJson.object();
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      if (!property.getKey().startsWith("$")) {
        own.set(property.getKey(), property.getValue().deepCopy());
      }
    }
    return own;
  }
}
