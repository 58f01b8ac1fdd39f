package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.NamedType;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of one event exactly as the runtime sends it: one element of
 * the batch's {@code batch} array, its {@code properties} object with the PostHog {@code $} keys
 * the runtime adds, and the catalogue's properties where the wire puts them: in {@code
 * properties} for a capture event, in the event's {@code $set} for an identify event (beside
 * {@code properties}, as analytics-go sends it), in {@code properties.$group_set} for a
 * group-identify event. Nothing else is allowed, so a schema rejects what the runtime never sends.
 */
final class JsonSchemaRenderer {
  /** The draft every schema declares. */
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private final Catalogue catalogue;

  JsonSchemaRenderer(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** The schema of one event as sent. */
  ObjectNode schema(EventSpec event) {
    ObjectNode schema = PrettyJson.object();
    schema.put("$schema", DRAFT);
    schema.put("title", event.name());
    schema.put("description", "One " + event.name() + " event as sent: an element of the batch body's 'batch' array. "
        + "Its catalogue properties are in " + where(event.kind()) + ". Emitted when: " + event.emittedWhen());
    schema.put("type", "object");
    ObjectNode members = schema.putObject("properties");
    RuntimeMembers.envelope(catalogue, event, members);
    members.set("properties", propertiesObject(event));
    ArrayNode required = schema.putArray("required");
    List.of("event", "distinct_id", "timestamp", "library", "library_version").forEach(required::add);
    if (event.kind() != EventKind.GROUP_IDENTIFY) {
      required.add("type");
    }
    required.add("properties");
    if (event.kind() == EventKind.IDENTIFY) {
      ObjectNode set = PrettyJson.object();
      set.put("description", "The person properties of the identify event: the catalogue's properties.");
      PropertySchemas.object(event.properties().values(), set);
      members.set("$set", set);
      required.add("$set");
    }
    schema.put("additionalProperties", false);
    var types = NamedTypes.usedBy(catalogue, event.properties().values());
    if (!types.isEmpty()) {
      ObjectNode defs = schema.putObject("$defs");
      for (NamedType type : types) {
        ObjectNode def = defs.putObject(type.name());
        if (type.description() != null) {
          def.put("description", type.description());
        }
        PropertySchemas.object(type.properties().values(), def);
      }
    }
    return schema;
  }

  /** The event's {@code properties} object, the runtime's {@code $} keys first. */
  private ObjectNode propertiesObject(EventSpec event) {
    ObjectNode properties = PrettyJson.object();
    properties.put("description", "The event's properties as the wire carries them.");
    ObjectNode runtime = RuntimeMembers.properties(catalogue, event);
    ArrayNode required = RuntimeMembers.requiredProperties(event);
    if (event.kind() == EventKind.CAPTURE) {
      PropertySchemas.object(event.properties().values(), properties, runtime, required);
      return properties;
    }
    if (event.kind() == EventKind.GROUP_IDENTIFY) {
      ObjectNode groupSet = PrettyJson.object();
      groupSet.put("description", "The group properties of the group-identify event: the catalogue's properties.");
      PropertySchemas.object(event.properties().values(), groupSet);
      runtime.set("$group_set", groupSet);
      required.add("$group_set");
    }
    PropertySchemas.object(List.of(), properties, runtime, required);
    return properties;
  }

  private static String where(EventKind kind) {
    return switch (kind) {
      case CAPTURE -> "'properties'";
      case IDENTIFY -> "'$set'";
      case GROUP_IDENTIFY -> "'properties.$group_set'";
    };
  }
}
