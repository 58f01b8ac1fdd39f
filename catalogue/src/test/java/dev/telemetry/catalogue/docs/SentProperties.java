package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The catalogue properties inside an encoded event: where the wire puts them. */
final class SentProperties {
  private SentProperties() {}

  /** The catalogue properties of the batch's only event, without the runtime's own {@code $} properties. */
  static ObjectNode of(byte[] batchBody) {
    ObjectNode own = PrettyJson.object();
    for (Map.Entry<String, JsonNode> property : in(PrettyJson.read(batchBody).get("batch").get(0)).properties()) {
      if (!property.getKey().startsWith("$")) {
        own.set(property.getKey(), property.getValue().deepCopy());
      }
    }
    return own;
  }

  /**
   * The object of {@code event} that holds its catalogue properties (itself, not a copy): {@code
   * $set} for an identify event, {@code properties.$group_set} for a group-identify event, else
   * {@code properties}, where they sit beside the runtime's {@code $} keys.
   */
  static ObjectNode in(JsonNode event) {
    if (event.has("$set")) {
      return (ObjectNode) event.get("$set");
    }
    JsonNode properties = event.get("properties");
    return (ObjectNode) (properties.has("$group_set") ? properties.get("$group_set") : properties);
  }
}
