package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Node;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Example;
import dev.telemetry.catalogue.model.Lifecycle;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one event: its name, kind, group, distinct ID, properties and example. */
final class EventReader {
  /** The keys of an event, in the order docs/catalogue-format.md documents them. */
  static final List<String> EVENT_KEYS = List.of("kind", "group", "emitted-when", "purpose", "owner", "expires",
      "expires-reason", "data-category", "distinct-id", "properties", "example");

  private static final List<String> KINDS = kindKeys();

  private final Problems problems;
  private final String namespace;
  private final Set<String> groups;
  private final PropertyReader properties;
  private final ExampleReader examples;
  private final LifecycleReader lifecycles;

  /**
   * @param namespace the catalogue's namespace, or null when it is not valid
   * @param groups the declared group names
   * @param requireLifecycle whether every event must declare its owner, expiry and data category
   */
  EventReader(Problems problems, String namespace, Set<String> groups, PropertyReader properties,
      ExampleReader examples, boolean requireLifecycle) {
    this.problems = problems;
    this.namespace = namespace;
    this.groups = groups;
    this.properties = properties;
    this.examples = examples;
    this.lifecycles = new LifecycleReader(problems, requireLifecycle);
  }

  /** Reads the event of {@code entry}, or returns null when it is not a mapping (reported). */
  EventSpec read(Node.Entry entry) {
    String name = entry.key();
    boolean nameValid = checkName(entry);
    String what = "event '" + name + "'";
    Fields fields = Fields.of(entry.value(), what, entry.keyLocation(), EVENT_KEYS, problems);
    if (fields == null) {
      return null;
    }
    String emittedWhen = fields.requiredText("emitted-when",
        "Add 'emitted-when:' saying when the product sends the event; it is published in the docs.");
    String purpose = fields.text("purpose");
    Lifecycle lifecycle = lifecycles.read(fields, entry);
    EventKind kind = kind(fields, entry, nameValid);
    String group = group(fields, entry, kind);
    Map<String, PropertySpec> props = properties(fields, what);
    Set<String> declared = declaredNames(fields);
    DistinctId distinctId = distinctId(fields, entry, kind, props);
    Example example = null;
    Node.Entry exampleEntry = fields.entry("example");
    if (exampleEntry != null) {
      boolean idGiven = kind != EventKind.GROUP_IDENTIFY && fields.entry("distinct-id") != null
          && fields.entry("distinct-id").value() instanceof Node.Mapping;
      example = examples.read(exampleEntry, what, props, declared, idGiven, kind == EventKind.GROUP_IDENTIFY);
    }
    return new EventSpec(name, kind, group, emittedWhen, purpose, distinctId, props, example, entry.keyLocation(),
        lifecycle);
  }

  /** Checks the event-name grammar and namespace; returns whether the name is valid. */
  private boolean checkName(Node.Entry entry) {
    String name = entry.key();
    int colon = name.indexOf(':');
    String example = namespace == null ? "namespace:entity.action" : namespace + ":entity.action";
    if (colon < 0) {
      String suggestion = namespace == null ? null : Names.toEventName(namespace + ":" + name);
      problems.error(ProblemCode.EVENT_NAME, entry.keyLocation(),
          "Event name '" + name + "' has no namespace; event names are written " + example + ".",
          suggestion != null && Names.isEventRest(suggestion.substring(suggestion.indexOf(':') + 1))
              ? "Did you mean '" + suggestion + "'?"
              : "Write it as " + example + ", lowercase, with '_' inside words.");
      return false;
    }
    String prefix = name.substring(0, colon);
    String rest = name.substring(colon + 1);
    boolean restValid = Names.isEventRest(rest);
    if (!restValid) {
      String suggestion = Names.toEventName(name);
      String suggestedRest = suggestion.substring(suggestion.indexOf(':') + 1);
      problems.error(ProblemCode.EVENT_NAME, entry.keyLocation(),
          "Event name '" + name + "' does not follow namespace:entity.action (or namespace:identify:x, "
              + "namespace:groupidentify:x), lowercase, with '_' inside words.",
          Names.isEventRest(suggestedRest) && !suggestion.equals(name)
              ? "Did you mean '" + (namespace == null ? suggestion : namespace + ":" + suggestedRest) + "'?"
              : "Name it like '" + example.replace("entity.action", "request.created") + "'.");
    }
    if (namespace != null && !prefix.equals(namespace)) {
      problems.error(ProblemCode.EVENT_NAME, entry.keyLocation(),
          "Event '" + name + "' is in namespace '" + prefix + "', but the catalogue's namespace is '" + namespace + "'.",
          "Rename it to '" + namespace + ":" + rest + "'.");
      return false;
    }
    return restValid;
  }

  private EventKind kind(Fields fields, Node.Entry entry, boolean nameValid) {
    EventKind kind = EventKind.CAPTURE;
    String written = fields.word("kind");
    if (written != null) {
      EventKind found = byKey(written);
      if (found == null) {
        problems.error(ProblemCode.KIND, fields.entry("kind").value().location(),
            "Unknown kind '" + written + "' of event '" + entry.key() + "'.",
            Suggestions.didYouMean(written, KINDS, "Use one of " + String.join(", ", KINDS) + "."));
        return null;
      }
      kind = found;
    }
    if (nameValid) {
      EventKind named = kindOfName(entry.key());
      if (named != kind) {
        problems.error(ProblemCode.KIND,
            fields.has("kind") ? fields.entry("kind").value().location() : entry.keyLocation(),
            "Event '" + entry.key() + "' is of kind " + kind.key() + ", but its name is that of kind " + named.key() + ".",
            nameFix(kind, named));
      }
    }
    return kind;
  }

  private static String nameFix(EventKind kind, EventKind named) {
    String rename = switch (kind) {
      case CAPTURE -> "name it namespace:entity.action";
      case IDENTIFY -> "name it namespace:identify:x";
      case GROUP_IDENTIFY -> "name it namespace:groupidentify:x";
    };
    return "Write 'kind: " + named.key() + "', or " + rename + ".";
  }

  private String group(Fields fields, Node.Entry entry, EventKind kind) {
    String group = fields.word("group");
    if (kind == EventKind.GROUP_IDENTIFY) {
      if (!fields.has("group")) {
        problems.error(ProblemCode.KIND, entry.keyLocation(),
            "Group-identify event '" + entry.key() + "' has no 'group'.",
            "Add 'group:' naming one of the groups declared under 'groups'"
                + (groups.isEmpty() ? "." : " (" + String.join(", ", groups) + ")."));
        return null;
      }
      if (group != null && !groups.contains(group)) {
        problems.error(ProblemCode.KIND, fields.entry("group").value().location(),
            "Event '" + entry.key() + "' names group '" + group + "', which is not declared under 'groups'.",
            Suggestions.didYouMean(group, groups, "Declare it under 'groups' with a description."));
        return null;
      }
      return group;
    }
    if (fields.has("group") && kind != null) {
      problems.error(ProblemCode.KIND, fields.entry("group").keyLocation(),
          "Event '" + entry.key() + "' has a 'group', but only events of kind group-identify have one.",
          "Remove 'group', or write 'kind: group-identify'.");
    }
    return null;
  }

  private Map<String, PropertySpec> properties(Fields fields, String what) {
    Map<String, PropertySpec> props = new LinkedHashMap<>();
    Node.Mapping mapping = fields.mappingOf("properties");
    if (mapping != null) {
      for (Node.Entry property : mapping.entries()) {
        PropertySpec spec = properties.read(property, what);
        if (spec != null) {
          props.put(spec.name(), spec);
        }
      }
    }
    return Collections.unmodifiableMap(props);
  }

  /** Every property name written, including those whose declaration is broken (already reported). */
  private static Set<String> declaredNames(Fields fields) {
    Set<String> names = new LinkedHashSet<>();
    Node.Entry entry = fields.entry("properties");
    if (entry != null && entry.value() instanceof Node.Mapping mapping) {
      mapping.entries().forEach(property -> names.add(property.key()));
    }
    return names;
  }

  private DistinctId distinctId(Fields fields, Node.Entry event, EventKind kind, Map<String, PropertySpec> props) {
    Node.Entry entry = fields.entry("distinct-id");
    String name = event.key();
    if (kind == EventKind.GROUP_IDENTIFY) {
      if (entry != null) {
        problems.error(ProblemCode.DISTINCT_ID, entry.keyLocation(),
            "Group-identify event '" + name + "' must not have a distinct-id; the group key identifies it.",
            "Remove 'distinct-id'; the group key is given when the event is tracked.");
      }
      return null;
    }
    if (entry == null) {
      if (kind != null) {
        problems.error(ProblemCode.DISTINCT_ID, event.keyLocation(),
            "Event '" + name + "' has no distinct-id; PostHog needs one for every " + kind.key() + " event.",
            "Add 'distinct-id:' naming one of its hashed properties, or 'distinct-id: { hash: usr }' when the ID is given on its own.");
      }
      return null;
    }
    if (entry.value() instanceof Node.Mapping) {
      Fields given = Fields.of(entry.value(), "the distinct-id of event '" + name + "'", entry.keyLocation(),
          List.of("hash"), problems);
      if (!given.require("hash", "Write 'distinct-id: { hash: usr }' with the prefix the hashed ID is sent with.")) {
        return null;
      }
      String prefix = given.word("hash");
      if (prefix != null && !Names.isHashPrefix(prefix)) {
        problems.error(ProblemCode.NAME, given.entry("hash").value().location(),
            "The hash prefix '" + prefix + "' of the distinct-id of event '" + name
                + "' is not a lowercase letter followed by letters and digits.",
            "Use a short prefix such as 'usr'; hashed values are sent as 'usr_<hash>'.");
        return null;
      }
      return prefix == null ? null : new DistinctId.Given(prefix);
    }
    if (!(entry.value() instanceof Node.Scalar scalar) || !scalar.isText()) {
      problems.error(ProblemCode.DISTINCT_ID, entry.value().location(),
          "The distinct-id of event '" + name + "' must name a property or be '{ hash: PREFIX }', but is "
              + entry.value().describe() + ".",
          "Write 'distinct-id: <hashed property>' or 'distinct-id: { hash: usr }'.");
      return null;
    }
    return fromProperty(scalar, name, props);
  }

  private DistinctId fromProperty(Node.Scalar scalar, String event, Map<String, PropertySpec> props) {
    String property = scalar.text();
    PropertySpec spec = props.get(property);
    if (spec == null) {
      List<String> hashed = new ArrayList<>();
      props.values().stream().filter(PropertySpec::hashed).forEach(p -> hashed.add(p.name()));
      problems.error(ProblemCode.DISTINCT_ID, scalar.location(),
          "The distinct-id of event '" + event + "' names '" + property + "', which is not a property of the event.",
          Suggestions.didYouMean(property, props.keySet(), hashed.isEmpty()
              ? "Name a hashed property of the event, or write '{ hash: usr }' when the ID is given on its own."
              : "Name one of its hashed properties: " + String.join(", ", hashed) + "."));
      return null;
    }
    if (!spec.hashed()) {
      problems.error(ProblemCode.DISTINCT_ID, scalar.location(),
          "The distinct-id of event '" + event + "' names property '" + property + "', which is not hashed.",
          "Add 'hash: PREFIX' to property '" + property + "'; an identifier is only ever sent hashed.");
      return null;
    }
    // The runtime hashes a distinct ID as text; a hashed integer is hashed as a number, so the two would differ.
    if (spec.type() != null && !(spec.type() instanceof PropertyType.Scalar type && type.kind() == ScalarKind.STRING)) {
      problems.error(ProblemCode.DISTINCT_ID, scalar.location(),
          "The distinct-id of event '" + event + "' names property '" + property + "', which is a hashed "
              + spec.type().key() + "; PostHog distinct IDs are strings, so the ID would be hashed as text and the "
              + "property as a number, and the two would not match.",
          "Declare property '" + property + "' as 'type: string' (a numeric ID is then sent as its digits), or write "
              + "'distinct-id: { hash: " + spec.hash() + " }' and pass the ID to track(event, id).");
      return null;
    }
    if (!spec.required()) {
      problems.error(ProblemCode.DISTINCT_ID, scalar.location(),
          "The distinct-id of event '" + event + "' names property '" + property + "', which is optional.",
          "Make property '" + property + "' required; every event needs a distinct ID.");
      return null;
    }
    return new DistinctId.FromProperty(property, spec.hash());
  }

  private static EventKind kindOfName(String name) {
    String rest = name.substring(name.indexOf(':') + 1);
    if (rest.startsWith("identify:")) {
      return EventKind.IDENTIFY;
    }
    return rest.startsWith("groupidentify:") ? EventKind.GROUP_IDENTIFY : EventKind.CAPTURE;
  }

  private static EventKind byKey(String key) {
    for (EventKind kind : EventKind.values()) {
      if (kind.key().equals(key)) {
        return kind;
      }
    }
    return null;
  }

  private static List<String> kindKeys() {
    List<String> keys = new ArrayList<>();
    for (EventKind kind : EventKind.values()) {
      keys.add(kind.key());
    }
    return List.copyOf(keys);
  }
}
