package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.GroupSpec;

/**
 * What the runtime's {@code EventEncoder} writes around the catalogue's properties, as JSON
 * Schema: the envelope ({@code uuid}, {@code event}, {@code distinct_id}, ...) and the PostHog
 * {@code $} keys of {@code properties} ({@code $groups}, {@code $lib}, {@code $lib_version},
 * {@code $geoip_disable}, {@code $ip}, and for a group-identify event {@code $group_type} and
 * {@code $group_key}). Kept beside the encoder's shapes: a key it adds and this does not describe
 * makes every published example fail its schema in the tests.
 */
final class RuntimeMembers {
  private RuntimeMembers() {}

  /** The members of the event object before {@code properties}. */
  static void envelope(Catalogue catalogue, EventSpec event, ObjectNode members) {
    members.putObject("uuid")
        .put("description", "The event's UUID, which PostHog uses to drop a batch sent twice.")
        .put("type", "string")
        .put("format", "uuid");
    members.putObject("event")
        .put("description", event.kind() == EventKind.CAPTURE ? "The event name." : "PostHog's name for this kind of event.")
        .put("const", wireName(event));
    members.set("distinct_id", distinctId(event));
    members.putObject("timestamp")
        .put("description", "When the event was tracked (RFC 3339, UTC).")
        .put("type", "string")
        .put("format", "date-time");
    members.putObject("library")
        .put("description", "The library that sent the event, as configured in the product.")
        .put("type", "string");
    members.putObject("library_version")
        .put("description", "The version of that library.")
        .put("type", "string");
    if (event.kind() != EventKind.GROUP_IDENTIFY) {
      members.putObject("type")
          .put("description", "PostHog's message type.")
          .put("const", event.kind() == EventKind.IDENTIFY ? "identify" : "capture");
    }
  }

  /** The {@code $} keys the runtime adds to the event's {@code properties}. */
  static ObjectNode properties(Catalogue catalogue, EventSpec event) {
    ObjectNode keys = PrettyJson.object();
    if (event.kind() != EventKind.GROUP_IDENTIFY) {
      ObjectNode groups = keys.putObject("$groups");
      groups.put("description", "The group the product is configured with: group type to group key. "
          + "Sent only when a group is configured.");
      groups.put("type", "object");
      ObjectNode declared = groups.putObject("properties");
      for (GroupSpec group : catalogue.groups().values()) {
        ObjectNode key = declared.putObject(group.name()).put("type", "string");
        if (group.description() != null) {
          key.put("description", group.description());
        }
      }
      groups.putObject("additionalProperties").put("type", "string");
      groups.put("maxProperties", 1);
    }
    keys.putObject("$lib")
        .put("description", "The library that sent the event (as 'library').")
        .put("type", "string");
    keys.putObject("$lib_version")
        .put("description", "The version of that library (as 'library_version').")
        .put("type", "string");
    keys.putObject("$geoip_disable")
        .put("description", "Tells PostHog not to look up where the sender is. "
            + "Sent unless the product turns the privacy properties off.")
        .put("const", true);
    keys.putObject("$ip")
        .put("description", "Always null, so that PostHog does not record the sender's IP address. "
            + "Sent unless the product turns the privacy properties off.")
        .put("type", "null");
    if (event.kind() == EventKind.GROUP_IDENTIFY) {
      keys.putObject("$group_type")
          .put("description", "The group type.")
          .put("const", event.group());
      keys.putObject("$group_key")
          .put("description", "The group's key, as configured in the product or passed when tracking.")
          .put("type", "string")
          .put("minLength", 1);
    }
    return keys;
  }

  /** The {@code $} keys that every such event carries. */
  static ArrayNode requiredProperties(EventSpec event) {
    ArrayNode required = PrettyJson.array().add("$lib").add("$lib_version");
    if (event.kind() == EventKind.GROUP_IDENTIFY) {
      required.add("$group_type").add("$group_key");
    }
    return required;
  }

  private static ObjectNode distinctId(EventSpec event) {
    ObjectNode schema = PrettyJson.object();
    schema.put("type", "string");
    DistinctId id = event.distinctId();
    if (event.kind() == EventKind.GROUP_IDENTIFY || id == null) {
      String prefix = "$" + event.group() + "_";
      schema.put("description", "'" + prefix + "' followed by the group key.");
      schema.put("pattern", "^" + PropertySchemas.regexLiteral(prefix));
      schema.put("minLength", prefix.length() + 1);
      return schema;
    }
    String from = id instanceof DistinctId.FromProperty property
        ? "the hashed value of '" + property.property() + "'"
        : "the identifier given when tracking, hashed";
    schema.put("description", "The distinct ID: " + from + ", '" + id.hashPrefix()
        + "_' followed by 43 base64url characters.");
    schema.put("pattern", PropertySchemas.hashedPattern(id.hashPrefix()));
    return schema;
  }

  private static String wireName(EventSpec event) {
    return switch (event.kind()) {
      case CAPTURE -> event.name();
      case IDENTIFY -> "$identify";
      case GROUP_IDENTIFY -> "$groupidentify";
    };
  }
}
