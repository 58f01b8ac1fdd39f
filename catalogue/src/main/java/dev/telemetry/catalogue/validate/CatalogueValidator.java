package dev.telemetry.catalogue.validate;

import dev.telemetry.catalogue.load.Node;
import dev.telemetry.catalogue.load.ProblemCode;
import dev.telemetry.catalogue.load.Problems;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.Change;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.GroupSpec;
import dev.telemetry.catalogue.model.Hashing;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.Metric;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates a parsed catalogue file against the catalogue format and the personal-data policy,
 * and builds the immutable model. Every problem is recorded; none stops the others being found.
 */
public final class CatalogueValidator {
  /** The only format version this library reads. */
  public static final int FORMAT_VERSION = 1;

  /** The top-level keys, in the order docs/catalogue-format.md documents them. */
  static final List<String> TOP_KEYS =
      List.of("catalogue", "namespace", "product", "hashing", "groups", "policy", "metrics", "types", "events",
          "changes");

  private static final List<String> HASHINGS = List.of(Hashing.SHA256.key(), Hashing.HMAC_SHA256.key());
  private static final List<String> MODES = List.of("standard", "strict");

  private final String file;
  private final Problems problems;

  private CatalogueValidator(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Validates the root value of a catalogue file.
   *
   * @param file the file name used in locations
   * @param root the parsed root value
   * @param problems where errors and warnings are recorded
   * @return the model; meaningful only when no error was recorded
   */
  public static Catalogue validate(String file, Node root, Problems problems) {
    return new CatalogueValidator(file, problems).read(root);
  }

  private Catalogue read(Node root) {
    Fields top = Fields.of(root, "the catalogue", root.location(), TOP_KEYS, problems);
    if (top == null) {
      return null;
    }
    int version = version(top);
    String namespace = namespace(top);
    String product = top.requiredText("product", "Add 'product: Your Product'; the docs name it.");
    Hashing hashing = hashing(top);
    Map<String, GroupSpec> groups = groups(top);
    PolicyConfig policy = policy(top);
    Map<String, NamedType> types = types(top);
    Map<String, EventSpec> events = events(top, namespace, groups.keySet(), types, policy.requireLifecycle());
    List<Metric> metrics = metrics(top, events.keySet());
    purposes(events, metrics);
    TypeCycles.check(types, problems);
    checkPolicy(policy, types, events);
    List<Change> changes = ChangesReader.read(top, problems);
    return new Catalogue(file, version, namespace, product, hashing, groups, policy, metrics, types, events, changes);
  }

  private int version(Fields top) {
    if (!top.require("catalogue", "Start the file with 'catalogue: " + FORMAT_VERSION + "', the format version.")) {
      return FORMAT_VERSION;
    }
    Node value = top.entry("catalogue").value();
    if (!(value instanceof Node.Scalar scalar) || scalar.type() != Node.ScalarType.INTEGER) {
      problems.error(ProblemCode.VALUE, value.location(),
          "The format version 'catalogue' must be a whole number, but is " + value.describe() + ".",
          "Write 'catalogue: " + FORMAT_VERSION + "'.");
      return FORMAT_VERSION;
    }
    if (!scalar.integer().equals(BigInteger.valueOf(FORMAT_VERSION))) {
      problems.error(ProblemCode.VERSION, value.location(),
          "Catalogue format version " + scalar.text() + " is not supported; this library reads version "
              + FORMAT_VERSION + ".",
          "Write 'catalogue: " + FORMAT_VERSION + "', or use the library version that reads this format.");
    }
    return FORMAT_VERSION;
  }

  /** The namespace, or null when it is missing or invalid (then event names are not checked against it). */
  private String namespace(Fields top) {
    if (!top.require("namespace", "Add 'namespace: xy'; every event name starts with it, as in 'xy:request.created'.")) {
      return null;
    }
    String namespace = top.word("namespace");
    if (namespace != null && !Names.isSnakeCase(namespace)) {
      problems.error(ProblemCode.NAME, top.entry("namespace").value().location(),
          "The namespace '" + namespace + "' is not lowercase letters and digits, with '_' inside words.",
          Names.suggestSnakeCase(namespace, "Use a short lowercase name such as 'cf'."));
      return null;
    }
    return namespace;
  }

  private Hashing hashing(Fields top) {
    String written = top.word("hashing");
    if (written == null) {
      return Hashing.SHA256;
    }
    for (Hashing hashing : Hashing.values()) {
      if (hashing.key().equals(written)) {
        return hashing;
      }
    }
    problems.error(ProblemCode.VALUE, top.entry("hashing").value().location(),
        "Unknown hashing '" + written + "'; the catalogue supports " + String.join(" and ", HASHINGS) + ".",
        Suggestions.didYouMean(written, HASHINGS, "Use sha256 (compatible with analytics-go) or hmac-sha256."));
    return Hashing.SHA256;
  }

  private Map<String, GroupSpec> groups(Fields top) {
    Map<String, GroupSpec> groups = new LinkedHashMap<>();
    Node.Mapping mapping = top.mappingOf("groups");
    if (mapping == null) {
      return Collections.unmodifiableMap(groups);
    }
    for (Node.Entry entry : mapping.entries()) {
      checkSnakeCase(entry, "Group name");
      Fields fields = Fields.of(entry.value(), "group '" + entry.key() + "'", entry.keyLocation(),
          List.of("description"), problems);
      String description = fields == null ? null
          : fields.requiredText("description", "Add 'description:' saying what the group is; the docs print it.");
      groups.put(entry.key(), new GroupSpec(entry.key(), description, entry.keyLocation()));
    }
    return Collections.unmodifiableMap(groups);
  }

  private PolicyConfig policy(Fields top) {
    Node.Entry entry = top.entry("policy");
    if (entry == null) {
      return PolicyConfig.defaults();
    }
    Fields fields = Fields.of(entry.value(), "the policy", entry.keyLocation(), List.of("mode", "forbid", "require-lifecycle"),
        problems);
    if (fields == null) {
      return PolicyConfig.defaults();
    }
    PolicyConfig.Mode mode = PolicyConfig.Mode.STANDARD;
    String written = fields.word("mode");
    if (written != null) {
      if (MODES.contains(written)) {
        mode = PolicyConfig.Mode.valueOf(written.toUpperCase(Locale.ROOT));
      } else {
        problems.error(ProblemCode.VALUE, fields.entry("mode").value().location(),
            "Unknown policy mode '" + written + "'; the modes are standard and strict.",
            Suggestions.didYouMean(written, MODES, "Use standard (the default) or strict."));
      }
    }
    List<PolicyConfig.ForbiddenNames> forbid = new ArrayList<>();
    Node.Sequence list = fields.sequence("forbid");
    if (list != null) {
      for (Node item : list.items()) {
        PolicyConfig.ForbiddenNames names = forbidden(item);
        if (names != null) {
          forbid.add(names);
        }
      }
    }
    Boolean requireLifecycle = fields.bool("require-lifecycle");
    return new PolicyConfig(mode, List.copyOf(forbid), Boolean.TRUE.equals(requireLifecycle));
  }

  private PolicyConfig.ForbiddenNames forbidden(Node item) {
    Fields fields = Fields.of(item, "a policy.forbid entry", item.location(), List.of("names", "reason"), problems);
    if (fields == null) {
      return null;
    }
    String reason = fields.requiredText("reason", "Add 'reason:' saying why these names are forbidden; the docs publish it.");
    List<String> names = new ArrayList<>();
    if (fields.require("names", "Add 'names: [first_name, other_name]' with the property names to forbid.")) {
      Node.Sequence list = fields.sequence("names");
      if (list != null && list.items().isEmpty()) {
        problems.error(ProblemCode.VALUE, list.location(), "This policy.forbid entry has no names.",
            "List at least one property name, such as 'names: [account_id]'.");
      }
      for (Node name : list == null ? List.<Node>of() : list.items()) {
        if (name instanceof Node.Scalar scalar && scalar.isText() && Names.isSnakeCase(scalar.text())) {
          names.add(scalar.text());
        } else {
          problems.error(ProblemCode.NAME, name.location(),
              "Forbidden names are snake_case property names, but this one is " + name.describe() + ".",
              name instanceof Node.Scalar scalar
                  ? Names.suggestSnakeCase(scalar.text(), "Write a snake_case name such as 'account_id'.")
                  : "Write a snake_case name such as 'account_id'.");
        }
      }
    }
    return new PolicyConfig.ForbiddenNames(List.copyOf(names), reason, item.location());
  }

  private Map<String, NamedType> types(Fields top) {
    Map<String, NamedType> types = new LinkedHashMap<>();
    Node.Mapping mapping = top.mappingOf("types");
    if (mapping == null) {
      return Collections.unmodifiableMap(types);
    }
    Set<String> names = new LinkedHashSet<>();
    for (Node.Entry entry : mapping.entries()) {
      if (checkTypeName(entry)) {
        names.add(entry.key());
      }
    }
    PropertyReader reader = new PropertyReader(problems, names);
    for (Node.Entry entry : mapping.entries()) {
      String what = "type '" + entry.key() + "'";
      Fields fields = Fields.of(entry.value(), what, entry.keyLocation(), List.of("description", "properties"), problems);
      if (fields == null || !names.contains(entry.key())) {
        continue;
      }
      String description = fields.requiredText("description", "Add 'description:' saying what the type holds.");
      Map<String, PropertySpec> properties = new LinkedHashMap<>();
      if (fields.require("properties", "Add 'properties:' with the properties of the type.")) {
        Node.Mapping props = fields.mappingOf("properties");
        for (Node.Entry property : props == null ? List.<Node.Entry>of() : props.entries()) {
          PropertySpec spec = reader.read(property, what);
          if (spec != null) {
            properties.put(spec.name(), spec);
          }
        }
      }
      types.put(entry.key(), new NamedType(entry.key(), description, Collections.unmodifiableMap(properties),
          entry.keyLocation()));
    }
    return Collections.unmodifiableMap(types);
  }

  private boolean checkTypeName(Node.Entry entry) {
    if (PropertyReader.BUILT_IN_TYPES.contains(entry.key())) {
      problems.error(ProblemCode.NAME, entry.keyLocation(),
          "Type name '" + entry.key() + "' is a built-in type.", "Choose another name for the named type.");
      return false;
    }
    return checkSnakeCase(entry, "Type name");
  }

  private boolean checkSnakeCase(Node.Entry entry, String what) {
    if (Names.isSnakeCase(entry.key())) {
      return true;
    }
    problems.error(ProblemCode.NAME, entry.keyLocation(), what + " '" + entry.key() + "' is not snake_case.",
        Names.suggestSnakeCase(entry.key(), "Use lowercase words joined by '_'."));
    return false;
  }

  private Map<String, EventSpec> events(
      Fields top, String namespace, Set<String> groups, Map<String, NamedType> types, boolean requireLifecycle) {
    Map<String, EventSpec> events = new LinkedHashMap<>();
    if (!top.require("events", "Add 'events:' with at least one event.")) {
      return Collections.unmodifiableMap(events);
    }
    Node.Mapping mapping = top.mappingOf("events");
    if (mapping == null) {
      return Collections.unmodifiableMap(events);
    }
    PropertyReader properties = new PropertyReader(problems, types.keySet());
    EventReader reader = new EventReader(
        problems, namespace, groups, properties, new ExampleReader(problems, types), requireLifecycle);
    for (Node.Entry entry : mapping.entries()) {
      EventSpec event = reader.read(entry);
      if (event != null) {
        events.put(event.name(), event);
      }
    }
    return Collections.unmodifiableMap(events);
  }

  private List<Metric> metrics(Fields top, Set<String> events) {
    List<Metric> metrics = new ArrayList<>();
    Node.Sequence list = top.sequence("metrics");
    for (Node item : list == null ? List.<Node>of() : list.items()) {
      Fields fields = Fields.of(item, "a metrics entry", item.location(), List.of("metric", "purpose", "events"), problems);
      if (fields == null) {
        continue;
      }
      String metric = fields.requiredText("metric", "Add 'metric:' saying what is measured.");
      String purpose = fields.requiredText("purpose", "Add 'purpose:' saying why it is measured; the docs publish it.");
      List<String> names = new ArrayList<>();
      if (fields.require("events", "Add 'events: [ns:entity.action]' with the events that feed the metric.")) {
        Node.Sequence refs = fields.sequence("events");
        if (refs != null && refs.items().isEmpty()) {
          problems.error(ProblemCode.METRIC, refs.location(), "The metric '" + metric + "' lists no events.",
              "List the events that feed it.");
        }
        for (Node ref : refs == null ? List.<Node>of() : refs.items()) {
          String name = eventReference(ref, events, metric);
          if (name != null) {
            names.add(name);
          }
        }
      }
      metrics.add(new Metric(metric, purpose, List.copyOf(names), item.location()));
    }
    return List.copyOf(metrics);
  }

  private String eventReference(Node ref, Set<String> events, String metric) {
    if (!(ref instanceof Node.Scalar scalar) || !scalar.isText()) {
      problems.error(ProblemCode.METRIC, ref.location(),
          "The events of metric '" + metric + "' must be event names, but one is " + ref.describe() + ".",
          "Write the event name, such as 'cf:request.created'.");
      return null;
    }
    if (!events.contains(scalar.text())) {
      problems.error(ProblemCode.METRIC, ref.location(),
          "The metric '" + metric + "' lists event '" + scalar.text() + "', which is not declared under 'events'.",
          Suggestions.didYouMean(scalar.text(), events, "Declare the event, or remove it from the metric."));
      return null;
    }
    return scalar.text();
  }

  private void purposes(Map<String, EventSpec> events, List<Metric> metrics) {
    Set<String> measured = new LinkedHashSet<>();
    for (Metric metric : metrics) {
      measured.addAll(metric.events());
    }
    for (EventSpec event : events.values()) {
      if (event.purpose() == null && !measured.contains(event.name())) {
        problems.error(ProblemCode.NO_PURPOSE, event.location(),
            "Event '" + event.name() + "' has no purpose: data that serves no stated purpose is not collected.",
            "Add 'purpose:' saying why the event is collected, or list it under a 'metrics' entry.");
      }
    }
  }

  private void checkPolicy(PolicyConfig config, Map<String, NamedType> types, Map<String, EventSpec> events) {
    PolicyCheck check = new PolicyCheck(PersonalDataPolicy.of(config), problems);
    for (NamedType type : types.values()) {
      for (PropertySpec property : type.properties().values()) {
        check.check("Type '" + type.name() + "'", property);
      }
    }
    for (EventSpec event : events.values()) {
      for (PropertySpec property : event.properties().values()) {
        check.check("Event '" + event.name() + "'", property);
      }
    }
  }
}
