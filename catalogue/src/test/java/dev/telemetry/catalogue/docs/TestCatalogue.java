package dev.telemetry.catalogue.docs;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue built by hand, without the loader, that uses every feature the docs render: every
 * property type, a named type, hashed and raw identifiers, every kind of written reason, the three
 * event kinds, and text full of characters that Markdown and HTML must escape.
 */
final class TestCatalogue {
  static final Location AT = Location.unknown("test-catalogue.yaml");

  private TestCatalogue() {}

  /** A mutable property description, turned into a {@link PropertySpec} by {@link #build}. */
  static final class Prop {
    final String name;
    final PropertyType type;
    String description;
    boolean required = true;
    String hash;
    String pattern;
    Integer maxLength;
    BigDecimal minimum;
    BigDecimal maximum;
    String rawIdentifier;
    String freeText;
    String allowPii;

    Prop(String name, PropertyType type, String description) {
      this.name = name;
      this.type = type;
      this.description = description;
    }

    Prop optional() {
      required = false;
      return this;
    }

    Prop hash(String prefix) {
      hash = prefix;
      return this;
    }

    Prop pattern(String regex) {
      pattern = regex;
      return this;
    }

    Prop maxLength(int length) {
      maxLength = length;
      return this;
    }

    Prop minimum(long value) {
      minimum = BigDecimal.valueOf(value);
      return this;
    }

    Prop maximum(String value) {
      maximum = new BigDecimal(value);
      return this;
    }

    Prop rawIdentifier(String reason) {
      rawIdentifier = reason;
      return this;
    }

    Prop freeText(String reason) {
      freeText = reason;
      return this;
    }

    Prop allowPii(String reason) {
      allowPii = reason;
      return this;
    }

    PropertySpec build() {
      return new PropertySpec(name, type, description, required, hash, pattern, maxLength, minimum, maximum,
          rawIdentifier, freeText, allowPii, AT);
    }
  }

  static Prop prop(String name, ScalarKind kind, String description) {
    return new Prop(name, new PropertyType.Scalar(kind), description);
  }

  static Prop prop(String name, PropertyType type, String description) {
    return new Prop(name, type, description);
  }

  static Map<String, PropertySpec> properties(Prop... props) {
    Map<String, PropertySpec> map = new LinkedHashMap<>();
    for (Prop prop : props) {
      map.put(prop.name, prop.build());
    }
    return map;
  }

  static Map<String, Object> values(Object... nameValuePairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      map.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return map;
  }

  static EventSpec event(String name, EventKind kind, String group, String emittedWhen, String purpose,
      DistinctId distinctId, Map<String, PropertySpec> properties, Example example) {
    return new EventSpec(name, kind, group, emittedWhen, purpose, distinctId, properties, example, AT);
  }

  static Example example(Map<String, Object> values) {
    return new Example(values, null, null, AT);
  }

  /** The catalogue. */
  static Catalogue build() {
    PropertyType string = new PropertyType.Scalar(ScalarKind.STRING);
    Map<String, NamedType> types = new LinkedHashMap<>();
    types.put("window", new NamedType("window", "When <access> starts & how long it lasts.", properties(
        prop("mode", new PropertyType.Enum(List.of("asap", "scheduled")), "Whether access starts at once."),
        prop("seconds", ScalarKind.NUMBER, "Length of the window.").minimum(0),
        prop("starts_at", ScalarKind.TIMESTAMP, "When it starts.").optional()), AT));

    Map<String, EventSpec> events = new LinkedHashMap<>();
    events.put("t:job.created", event("t:job.created", EventKind.CAPTURE, null,
        "A job | task was created", null, new DistinctId.FromProperty("created_by", "usr"),
        properties(
            prop("created_by", ScalarKind.STRING, "The user who created it.").hash("usr"),
            prop("job_id", ScalarKind.STRING, "The job.").pattern("^job_[a-z0-9]+$")
                .rawIdentifier("Job IDs are random | minted per job."),
            prop("owner_email_domain", ScalarKind.STRING, "The e-mail domain of the owner, never the address.")
                .pattern("^[a-z0-9.-]+$").maxLength(253).allowPii("Only the domain is sent, never the mailbox."),
            prop("note", ScalarKind.STRING, "A note with *stars*, `ticks`, <b>tags</b>\nand a second line.")
                .optional().maxLength(80).freeText("Notes are picked from a fixed help list."),
            prop("retries", ScalarKind.INTEGER, "How often it was retried.").minimum(0).maximum("10"),
            prop("runtime", ScalarKind.DURATION, "How long it ran."),
            prop("labels", new PropertyType.Array(
                new PropertySpec("[]", string, null, true, null, "^[a-z]+(-[a-z]+)*$|^x$", null, null, null, null,
                    null, null, AT), 5), "The labels."),
            prop("window", new PropertyType.Named("window"), "The requested window.")),
        example(values(
            "created_by", "usr_123",
            "job_id", "job_42",
            "owner_email_domain", "example.com",
            "retries", 2L,
            "runtime", new BigDecimal("1.5"),
            "labels", List.of("blue", "dark-red"),
            "window", values("mode", "scheduled", "seconds", 60L, "starts_at", "2009-11-10T23:00:00Z")))));
    events.put("t:identify:user", event("t:identify:user", EventKind.IDENTIFY, null,
        "A user signed in", "Tells end users from administrators.", new DistinctId.Given("usr"),
        properties(prop("role", new PropertyType.Enum(List.of("end_user", "admin")), "The role.")),
        new Example(values("role", "admin"), "usr_123", null, AT)));
    events.put("t:groupidentify:site", event("t:groupidentify:site", EventKind.GROUP_IDENTIFY, "site",
        "The site started", "Shows which versions are in use.", null,
        properties(prop("version", ScalarKind.STRING, "The version.").pattern("^v[0-9]+$")),
        new Example(values("version", "v3"), null, "site_9", AT)));

    return new Catalogue("test-catalogue.yaml", 1, "t", "Test <Product>", Hashing.SHA256,
        Map.of("site", new GroupSpec("site", "The site that sent the event.", AT)),
        new PolicyConfig(PolicyConfig.Mode.STRICT, List.of(new PolicyConfig.ForbiddenNames(
            List.of("customer_name"), "Customer names identify a customer.", AT))),
        List.of(new Metric("Jobs created.", "Shows whether jobs are used | at all.", List.of("t:job.created"), AT)),
        types, events);
  }
}
