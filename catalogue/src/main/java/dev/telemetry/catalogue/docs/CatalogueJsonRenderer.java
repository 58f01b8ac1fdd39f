package dev.telemetry.catalogue.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.Change;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Expiry;
import dev.telemetry.catalogue.model.GroupSpec;
import dev.telemetry.catalogue.model.Lifecycle;
import dev.telemetry.catalogue.model.Metric;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.policy.PolicyRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The machine-readable catalogue ({@code catalogue.json}): every event with its purpose, kind,
 * distinct ID and properties, each property's classification (hashed, raw identifier, free text,
 * allowed although its name looks personal) with the written reasons, the metrics, and the
 * policy in force. Keys follow the catalogue's own spelling ({@code emitted-when}, {@code max-length}).
 */
final class CatalogueJsonRenderer {
  /** The version of this file's layout; it changes only when a key is removed or changes meaning. */
  static final int FORMAT = 1;

  private final Catalogue catalogue;
  private final List<PolicyRule> rules;
  private final Set<String> eventsWithExamples;

  CatalogueJsonRenderer(Catalogue catalogue, List<PolicyRule> rules, Set<String> eventsWithExamples) {
    this.catalogue = catalogue;
    this.rules = rules;
    this.eventsWithExamples = eventsWithExamples;
  }

  /** The whole document. */
  ObjectNode render(String product) {
    ObjectNode root = PrettyJson.object();
    root.put("format", FORMAT);
    root.put("catalogue", catalogue.formatVersion());
    root.put("namespace", catalogue.namespace());
    root.put("product", product);
    root.put("hashing", catalogue.hashing().key());
    ObjectNode groups = root.putObject("groups");
    for (GroupSpec group : catalogue.groups().values()) {
      groups.putObject(group.name()).put("description", group.description());
    }
    root.set("policy", policy());
    ArrayNode metrics = root.putArray("metrics");
    for (Metric metric : catalogue.metrics()) {
      ObjectNode node = metrics.addObject().put("metric", metric.metric()).put("purpose", metric.purpose());
      metric.events().forEach(node.putArray("events")::add);
    }
    ObjectNode types = root.putObject("types");
    for (NamedType type : catalogue.types().values()) {
      ObjectNode node = types.putObject(type.name());
      node.put("description", type.description());
      node.set("properties", properties(type.properties()));
    }
    ObjectNode events = root.putObject("events");
    for (EventSpec event : catalogue.events().values()) {
      events.set(event.name(), event(event));
    }
    // The changelog, as declared; left out when there is none, so older files keep their bytes.
    if (!catalogue.changes().isEmpty()) {
      ArrayNode changes = root.putArray("changes");
      for (Change change : catalogue.changes()) {
        changes.addObject()
            .put("version", change.version())
            .put("kind", change.kind().key())
            .put("what", change.what())
            .put("reason", change.reason());
      }
    }
    return root;
  }

  private ObjectNode policy() {
    ObjectNode policy = PrettyJson.object();
    policy.put("mode", catalogue.policy().mode().name().toLowerCase(Locale.ROOT));
    if (catalogue.policy().requireLifecycle()) {
      policy.put("require-lifecycle", true);
    }
    ArrayNode ruleNodes = policy.putArray("rules");
    for (PolicyRule rule : rules) {
      ruleNodes.addObject()
          .put("code", rule.code())
          .put("summary", rule.summary())
          .put("rationale", rule.rationale())
          .put("severity", rule.defaultSeverity().name().toLowerCase(Locale.ROOT));
    }
    ArrayNode forbid = policy.putArray("forbid");
    for (PolicyConfig.ForbiddenNames entry : catalogue.policy().forbid()) {
      ObjectNode node = forbid.addObject();
      entry.names().forEach(node.putArray("names")::add);
      node.put("reason", entry.reason());
    }
    ArrayNode exceptions = policy.putArray("exceptions");
    for (Allowance allowance : Allowance.of(catalogue)) {
      exceptions.addObject()
          .put(allowance.ownerIsType() ? "type" : "event", allowance.owner())
          .put("path", allowance.path())
          .put("kind", allowance.kind().key())
          .put("reason", allowance.reason());
    }
    return policy;
  }

  private ObjectNode event(EventSpec event) {
    ObjectNode node = PrettyJson.object();
    node.put("kind", event.kind().key());
    if (event.group() != null) {
      node.put("group", event.group());
    }
    node.put("emitted-when", event.emittedWhen());
    node.put("purpose", catalogue.purposeOf(event));
    node.put("purpose-from", event.purpose() != null ? "event" : "metrics");
    lifecycle(event.lifecycle(), node);
    DistinctId distinctId = event.distinctId();
    if (distinctId instanceof DistinctId.FromProperty fromProperty) {
      node.putObject("distinct-id").put("property", fromProperty.property()).put("hash", fromProperty.hashPrefix());
    } else if (distinctId instanceof DistinctId.Given given) {
      node.putObject("distinct-id").put("given", true).put("hash", given.hashPrefix());
    }
    node.put("schema", EventFiles.schema(event.name()));
    if (eventsWithExamples.contains(event.name())) {
      node.put("example", EventFiles.example(event.name()));
    }
    node.set("properties", properties(event.properties()));
    return node;
  }

  /** The lifecycle keys an event declares, spelled as in the catalogue; absent keys are left out. */
  private static void lifecycle(Lifecycle lifecycle, ObjectNode node) {
    if (lifecycle.owner() != null) {
      node.put("owner", lifecycle.owner());
    }
    Expiry expiry = lifecycle.expiry();
    if (expiry != null) {
      node.put("expires", expiry.written());
      if (expiry.reason() != null) {
        node.put("expires-reason", expiry.reason());
      }
    }
    if (lifecycle.dataCategory() != null) {
      node.put("data-category", lifecycle.dataCategory().key());
    }
  }

  private ObjectNode properties(Map<String, PropertySpec> properties) {
    ObjectNode node = PrettyJson.object();
    for (PropertySpec property : properties.values()) {
      node.set(property.name(), property(property));
    }
    return node;
  }

  private ObjectNode property(PropertySpec property) {
    ObjectNode node = PrettyJson.object();
    PropertyType type = property.type();
    node.put("type", type.key());
    if (type instanceof PropertyType.Enum enumType) {
      enumType.values().forEach(node.putArray("values")::add);
    } else if (type instanceof PropertyType.Array array) {
      node.set("items", property(array.items()));
      if (array.maxItems() != null) {
        node.put("max-items", array.maxItems());
      }
    }
    if (property.description() != null) {
      node.put("description", property.description());
    }
    node.put("required", property.required());
    if (property.pattern() != null) {
      node.put("pattern", property.pattern());
    }
    if (property.maxLength() != null) {
      node.put("max-length", property.maxLength());
    }
    if (property.minimum() != null) {
      node.put("minimum", exact(property.minimum()));
    }
    if (property.maximum() != null) {
      node.put("maximum", exact(property.maximum()));
    }
    ArrayNode classification = node.putArray("classification");
    if (property.hashed()) {
      classification.add("hashed");
      node.put("hash", property.hash());
    }
    ObjectNode reasons = PrettyJson.object();
    putReason(Allowance.Kind.RAW_IDENTIFIER, property.rawIdentifier(), classification, reasons);
    putReason(Allowance.Kind.FREE_TEXT, property.freeText(), classification, reasons);
    putReason(Allowance.Kind.ALLOW_PII, property.allowPii(), classification, reasons);
    if (!reasons.isEmpty()) {
      node.set("reasons", reasons);
    }
    return node;
  }

  private static void putReason(Allowance.Kind kind, String reason, ArrayNode classification, ObjectNode reasons) {
    if (reason != null) {
      classification.add(kind.key());
      reasons.put(kind.key(), reason);
    }
  }

  private static BigDecimal exact(BigDecimal number) {
    return new BigDecimal(PropertyCells.plain(number));
  }
}
