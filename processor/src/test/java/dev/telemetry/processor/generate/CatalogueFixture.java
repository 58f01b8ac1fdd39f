package dev.telemetry.processor.generate;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Example;
import dev.telemetry.catalogue.model.GroupSpec;
import dev.telemetry.catalogue.model.Hashing;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.Metric;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds catalogue models in code for tests, with the defaults the loader would apply. */
final class CatalogueFixture {
  static final String FILE = "test-catalogue.yaml";
  private static final Location HERE = new Location(FILE, 1, 1);

  private final String namespace;
  private final Map<String, GroupSpec> groups = new LinkedHashMap<>();
  private final List<Metric> metrics = new ArrayList<>();
  private final Map<String, NamedType> types = new LinkedHashMap<>();
  private final Map<String, EventSpec> events = new LinkedHashMap<>();

  CatalogueFixture(String namespace) {
    this.namespace = namespace;
  }

  CatalogueFixture group(String name, String description) {
    groups.put(name, new GroupSpec(name, description, HERE));
    return this;
  }

  CatalogueFixture metric(String metric, String purpose, String... events) {
    metrics.add(new Metric(metric, purpose, List.of(events), HERE));
    return this;
  }

  CatalogueFixture type(String name, String description, Prop... properties) {
    types.put(name, new NamedType(name, description, specs(properties), HERE));
    return this;
  }

  CatalogueFixture event(Event event) {
    EventSpec spec = event.build();
    events.put(spec.name(), spec);
    return this;
  }

  Catalogue build() {
    return new Catalogue(FILE, 1, namespace, "Test product", Hashing.SHA256, groups,
        new PolicyConfig(PolicyConfig.Mode.STRICT, List.of()), metrics, types, events);
  }

  private static Map<String, PropertySpec> specs(Prop... properties) {
    Map<String, PropertySpec> specs = new LinkedHashMap<>();
    for (Prop property : properties) {
      PropertySpec spec = property.build();
      specs.put(spec.name(), spec);
    }
    return specs;
  }

  /** Alternating keys and values, in order, as the loader keeps example values. */
  static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  /** One event, built step by step. */
  static final class Event {
    private final String name;
    private EventKind kind = EventKind.CAPTURE;
    private String group;
    private String emittedWhen = "Something happened";
    private String purpose;
    private String distinctProperty;
    private String givenPrefix;
    private Prop[] properties = new Prop[0];
    private Example example;

    private Event(String name) {
      this.name = name;
    }

    static Event named(String name) {
      return new Event(name);
    }

    Event identify() {
      kind = EventKind.IDENTIFY;
      return this;
    }

    Event groupIdentify(String group) {
      kind = EventKind.GROUP_IDENTIFY;
      this.group = group;
      return this;
    }

    Event emittedWhen(String emittedWhen) {
      this.emittedWhen = emittedWhen;
      return this;
    }

    Event purpose(String purpose) {
      this.purpose = purpose;
      return this;
    }

    /** The distinct ID is this hashed property's value. */
    Event distinctId(String property) {
      distinctProperty = property;
      return this;
    }

    /** The distinct ID is given on its own and hashed with this prefix. */
    Event givenDistinctId(String prefix) {
      givenPrefix = prefix;
      return this;
    }

    Event properties(Prop... properties) {
      this.properties = properties;
      return this;
    }

    Event example(String distinctId, String groupKey, Map<String, Object> values) {
      example = new Example(values, distinctId, groupKey, HERE);
      return this;
    }

    Event example(Map<String, Object> values) {
      return example(null, null, values);
    }

    EventSpec build() {
      Map<String, PropertySpec> specs = specs(properties);
      DistinctId distinctId = null;
      if (givenPrefix != null) {
        distinctId = new DistinctId.Given(givenPrefix);
      } else if (distinctProperty != null) {
        distinctId = new DistinctId.FromProperty(distinctProperty, specs.get(distinctProperty).hash());
      }
      return new EventSpec(name, kind, group, emittedWhen, purpose, distinctId, specs, example, HERE);
    }
  }

  /** One property, built step by step. */
  static final class Prop {
    private final String name;
    private final PropertyType type;
    private String description;
    private boolean required = true;
    private String hash;
    private String pattern;
    private String rawIdentifier;
    private Integer minimum;

    private Prop(String name, PropertyType type) {
      this.name = name;
      this.type = type;
    }

    static Prop string(String name) {
      return new Prop(name, new PropertyType.Scalar(ScalarKind.STRING));
    }

    static Prop integer(String name) {
      return new Prop(name, new PropertyType.Scalar(ScalarKind.INTEGER));
    }

    static Prop number(String name) {
      return new Prop(name, new PropertyType.Scalar(ScalarKind.NUMBER));
    }

    static Prop bool(String name) {
      return new Prop(name, new PropertyType.Scalar(ScalarKind.BOOLEAN));
    }

    static Prop timestamp(String name) {
      return new Prop(name, new PropertyType.Scalar(ScalarKind.TIMESTAMP));
    }

    static Prop duration(String name) {
      return new Prop(name, new PropertyType.Scalar(ScalarKind.DURATION));
    }

    static Prop enumOf(String name, String... values) {
      return new Prop(name, new PropertyType.Enum(List.of(values)));
    }

    static Prop named(String name, String typeName) {
      return new Prop(name, new PropertyType.Named(typeName));
    }

    /** An array; {@code items} is named {@code []} whatever its builder was called. */
    static Prop array(String name, Prop items, Integer maxItems) {
      return new Prop(name, new PropertyType.Array(items.asItems().build(), maxItems));
    }

    private Prop asItems() {
      Prop items = new Prop("[]", type);
      items.hash = hash;
      items.pattern = pattern;
      return items;
    }

    Prop describe(String description) {
      this.description = description;
      return this;
    }

    Prop optional() {
      required = false;
      return this;
    }

    Prop hash(String prefix) {
      hash = prefix;
      return this;
    }

    Prop pattern(String pattern) {
      this.pattern = pattern;
      return this;
    }

    Prop rawIdentifier(String reason) {
      rawIdentifier = reason;
      return this;
    }

    Prop minimum(int minimum) {
      this.minimum = minimum;
      return this;
    }

    PropertySpec build() {
      return new PropertySpec(name, type, description, required, hash, pattern, null,
          minimum == null ? null : BigDecimal.valueOf(minimum), null, rawIdentifier, null, null, HERE);
    }
  }
}
