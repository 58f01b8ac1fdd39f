package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.GroupSpec;
import dev.telemetry.catalogue.model.Hashing;
import dev.telemetry.catalogue.model.Metric;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.policy.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The content of the "what we collect" page, built once and rendered by both the Markdown and
 * the HTML writer, so that the two pages say the same thing.
 */
final class PageContent {
  /** The anchor of the table of written exceptions. */
  static final String ALLOWANCES_ANCHOR = "exceptions";

  private final Catalogue catalogue;
  private final String product;
  private final String envPrefix;
  private final String exampleGroupKey;
  private final List<PolicyRule> rules;
  private final Map<String, byte[]> batches;
  private final List<Block> blocks = new ArrayList<>();

  private PageContent(
      Catalogue catalogue, DocsOptions options, List<PolicyRule> rules, Map<String, byte[]> batches) {
    this.catalogue = catalogue;
    this.product = options.productName() != null ? options.productName() : catalogue.product();
    this.envPrefix = options.envPrefix();
    this.exampleGroupKey = options.exampleGroupKey();
    this.rules = rules;
    this.batches = batches;
  }

  /**
   * The page for a catalogue.
   *
   * @param rules the personal-data rules in force
   * @param batches each event's example batch body, as the runtime encodes it, by event name
   */
  static List<Block> build(
      Catalogue catalogue, DocsOptions options, List<PolicyRule> rules, Map<String, byte[]> batches) {
    PageContent page = new PageContent(catalogue, options, rules, batches);
    page.introduction();
    page.whatIsCollected();
    page.eventsTable();
    page.blocks.addAll(ChangelogContent.blocks(catalogue.changes()));
    page.sentWithEveryEvent();
    page.eventReference();
    page.anonymisation();
    page.switches();
    page.sensitiveData();
    return List.copyOf(page.blocks);
  }

  private void introduction() {
    heading(1, "top", Inline.text(product + " telemetry"));
    paragraph(
        Inline.text(
            product + " collects anonymous usage data (telemetry) to understand how it is used and what to"
                + " improve. This page lists every event it sends, every property of each event, why it is"
                + " collected, how identifiers are anonymised, and how to turn telemetry off."));
    paragraph(
        Inline.text(
            "It is generated from the product's telemetry catalogue, the file that the product's code is"
                + " checked against when it is compiled, so it lists exactly what is sent. Events are sent in"
                + " PostHog's batch format; the example payloads below are the exact bodies the product sends."));
  }

  private void whatIsCollected() {
    heading(2, "what-is-collected", Inline.text("What is Collected"));
    if (catalogue.metrics().isEmpty()) {
      paragraph(Inline.text("The catalogue declares no metrics; each event states its own purpose below."));
      return;
    }
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (Metric metric : catalogue.metrics()) {
      rows.add(List.of(
          List.of(Inline.text(metric.metric())), List.of(Inline.text(metric.purpose())), eventLinks(metric.events())));
    }
    blocks.add(Block.Table.fixed("metrics", List.of("Metric", "Purpose", "Events"), rows));
  }

  private void eventsTable() {
    heading(2, "events", Inline.text("Events"));
    List<List<List<Inline>>> rows = new ArrayList<>();
    List<String> rowEvents = new ArrayList<>();
    for (EventSpec event : catalogue.events().values()) {
      rowEvents.add(event.name());
      rows.add(
          List.of(
              List.of(Inline.anchorLink(Inline.code(event.name()), EventFiles.eventAnchor(event.name()))),
              List.of(Inline.text(event.emittedWhen())),
              List.of(Inline.text(catalogue.purposeOf(event))),
              batches.containsKey(event.name())
                  ? List.of(Inline.anchorLink(Inline.text("example"), EventFiles.exampleAnchor(event.name())))
                  : List.of(Inline.text("none"))));
    }
    blocks.add(new Block.Table(
        "events-table", List.of("Event", "Emitted when", "Purpose", "Example"), rows, false, rowEvents));
  }

  private void sentWithEveryEvent() {
    heading(2, "every-event", Inline.text("Sent with every event"));
    paragraph(Inline.text("Besides its own properties, every event carries:"));
    List<List<Inline>> items = new ArrayList<>();
    items.add(List.of(Inline.text("the time it happened ("), Inline.code("timestamp"), Inline.text(") and a random event ID ("),
        Inline.code("uuid"), Inline.text(") used only to drop duplicates when a send is retried;")));
    items.add(List.of(Inline.text("the name and version of the library that sent it ("), Inline.code("$lib"),
        Inline.text(", "), Inline.code("$lib_version"), Inline.text(");")));
    for (GroupSpec group : catalogue.groups().values()) {
      items.add(List.of(Inline.text("the key of its "), Inline.code(group.name()), Inline.text(" group in "),
          Inline.code("$groups"), Inline.text(" (" + sentence(group.description()) + ");")));
    }
    items.add(List.of(Inline.code("\"$geoip_disable\": true"), Inline.text(" and "), Inline.code("\"$ip\": null"),
        Inline.text(", so that PostHog neither looks up a location nor stores the address the event was sent from.")));
    blocks.add(new Block.Bullets(items));
  }

  private void eventReference() {
    heading(2, "event-reference", Inline.text("Event reference"));
    for (EventSpec event : catalogue.events().values()) {
      String filterText = event.name() + "\n" + event.emittedWhen() + "\n" + catalogue.purposeOf(event);
      blocks.add(new Block.EventSection(event.name(), filterText, eventBlocks(event)));
    }
  }

  private List<Block> eventBlocks(EventSpec event) {
    List<Block> section = new ArrayList<>();
    PropertyCells cells = new PropertyCells(event.name());
    section.add(new Block.Heading(3, EventFiles.eventAnchor(event.name()), List.of(Inline.code(event.name()))));
    section.add(new Block.Paragraph(List.of(Inline.strong("Emitted when:"), Inline.text(" " + event.emittedWhen()))));
    section.add(new Block.Paragraph(List.of(Inline.strong("Purpose:"), Inline.text(" " + catalogue.purposeOf(event)))));
    List<Inline> sentAs = new ArrayList<>(List.of(Inline.strong("Sent as:"), Inline.text(" ")));
    sentAs.addAll(kind(event));
    section.add(new Block.Paragraph(sentAs));
    List<Inline> distinctId = new ArrayList<>(List.of(Inline.strong("Distinct ID:"), Inline.text(" ")));
    distinctId.addAll(distinctId(event));
    section.add(new Block.Paragraph(distinctId));
    section.addAll(LifecycleContent.blocks(event.lifecycle()));
    if (event.properties().isEmpty()) {
      section.add(new Block.Paragraph(List.of(Inline.text("This event has no properties of its own."))));
    } else {
      section.add(propertyTable(cells, event.properties().values()));
    }
    for (NamedType type : NamedTypes.usedBy(catalogue, event.properties().values())) {
      section.add(new Block.Heading(4, EventFiles.typeAnchor(event.name(), type.name()),
          List.of(Inline.text("Type "), Inline.code(type.name()))));
      if (type.description() != null) {
        section.add(new Block.Paragraph(List.of(Inline.text(type.description()))));
      }
      section.add(propertyTable(cells, type.properties().values()));
    }
    byte[] batch = batches.get(event.name());
    if (batch != null) {
      section.add(new Block.Heading(4, EventFiles.exampleAnchor(event.name()),
          List.of(Inline.text("Example payload of "), Inline.code(event.name()))));
      // The payload is inline and the file only named, so the page works when copied alone.
      section.add(new Block.Paragraph(List.of(
          Inline.text("The exact body the product sends for this event's example values (also published as "),
          Inline.code(EventFiles.example(event.name())), Inline.text(" beside this page):"))));
      section.add(new Block.CodeBlock("json", PrettyJson.print(PrettyJson.read(batch))));
    }
    return section;
  }

  private static Block.Table propertyTable(PropertyCells cells, Iterable<PropertySpec> properties) {
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (PropertySpec property : properties) {
      rows.add(cells.row(property));
    }
    return new Block.Table(null, PropertyCells.headers(), rows, true, List.of());
  }

  private List<Inline> kind(EventSpec event) {
    return switch (event.kind()) {
      case CAPTURE -> List.of(Inline.text("a PostHog event named "), Inline.code(event.name()),
          Inline.text("; the properties below are sent in "), Inline.code("properties"), Inline.text("."));
      case IDENTIFY -> List.of(Inline.text("a PostHog "), Inline.code("$identify"),
          Inline.text(" event; the properties below describe the (anonymous) user and are sent in "),
          Inline.code("$set"), Inline.text("."));
      case GROUP_IDENTIFY -> List.of(Inline.text("a PostHog "), Inline.code("$groupidentify"),
          Inline.text(" event for the "), Inline.code(event.group()),
          Inline.text(" group; the properties below describe the group and are sent in "),
          Inline.code("$group_set"), Inline.text("."));
    };
  }

  private List<Inline> distinctId(EventSpec event) {
    DistinctId distinctId = event.distinctId();
    if (distinctId instanceof DistinctId.FromProperty fromProperty) {
      return List.of(Inline.text("the hash of "), Inline.code(fromProperty.property()),
          Inline.text(", sent as "), Inline.code(fromProperty.hashPrefix() + "_<hash>"),
          Inline.text(", so that the events of one user can be counted together without anyone learning who the user is."));
    }
    if (distinctId instanceof DistinctId.Given given) {
      return List.of(
          Inline.text("the ID of the user the event is about, given when the event is tracked and sent only as its hash, "),
          Inline.code(given.hashPrefix() + "_<hash>"), Inline.text("."));
    }
    return List.of(Inline.text("none of its own: the event describes the "), Inline.code(event.group()),
        Inline.text(" group, identified by the key the product is configured with ("), Inline.code(exampleGroupKey),
        Inline.text(" in the example)."));
  }

  private void anonymisation() {
    heading(2, "anonymisation", Inline.text("How identifiers are anonymised"));
    String digest = catalogue.hashing() == Hashing.SHA256
        ? "the SHA-256 digest of the value"
        : "an HMAC-SHA256 of the value, keyed with a secret that belongs to the deployment and is never sent,";
    paragraph(
        Inline.text("Identifiers that the tables above mark as hashed never leave the product as they are. An identifier "),
        Inline.code("v"), Inline.text(" with the prefix "), Inline.code("p"), Inline.text(" is sent as "),
        Inline.code("p_"), Inline.text(" followed by " + digest + " written as JSON text (with its quotes), encoded in"
            + " unpadded base64url: 43 characters."));
    if (catalogue.hashing() == Hashing.SHA256) {
      paragraph(Inline.text("The same identifier always gives the same hash, so events can be counted per user,"
          + " rule or request without the product saying who or what they are. This is the scheme of Common Fate's"
          + " open-source analytics-go library; for example the user ID "), Inline.code("usr_123"),
          Inline.text(" is sent as "), Inline.code("usr_-CHh8_rdIqAotcBsP64GKQkfzW2hb1JDJ_6u7q4zom4"), Inline.text("."));
    } else {
      paragraph(Inline.text("The same identifier gives the same hash within one deployment, so events can be counted"
          + " per user, rule or request; without the deployment's secret nobody, including the receiver, can test"
          + " whether a hash belongs to a known ID. The hashes in the examples on this page were made with a"
          + " placeholder secret, so no deployment sends these exact values."));
    }
    paragraph(Inline.text("An event whose identifier is empty is dropped, never sent."));
  }

  private void switches() {
    heading(2, "opt-out", Inline.text("Turning telemetry off"));
    blocks.add(new Block.Note(List.of(Inline.text("One environment variable turns telemetry off, as shown below;"
        + " nothing else needs to change."))));
    blocks.add(new Block.Bullets(List.of(
        List.of(Inline.code(envPrefix + "_DISABLED=true"),
            Inline.text(" turns every send off: events are not queued and no connection is ever opened.")),
        List.of(Inline.code("DO_NOT_TRACK=1"), Inline.text(", the convention shared by many tools, does the same.")))));
    blocks.add(new Block.CodeBlock("sh", "export " + envPrefix + "_DISABLED=true\n"));
    heading(2, "debug", Inline.text("Seeing what is sent"));
    blocks.add(new Block.Bullets(List.of(
        List.of(Inline.code(envPrefix + "_LOG_LEVEL=debug"),
            Inline.text(" prints every event as it is queued, in the form shown in the examples above.")),
        List.of(Inline.code(envPrefix + "_URL"),
            Inline.text(" sends the events to another endpoint, such as your own PostHog instance or a local collector;"
                + " batches are posted to its "), Inline.code("/batch/"), Inline.text(" path.")))));
    blocks.add(new Block.CodeBlock("sh", "export " + envPrefix + "_LOG_LEVEL=debug\n"));
  }

  private void sensitiveData() {
    heading(2, "sensitive-data", Inline.text("Sensitive data"));
    paragraph(Inline.text("The product's code is checked against the rules below when it is compiled: an event that"
        + " would carry personal data does not compile. Every exception is written in the catalogue with its reason"
        + " and published below."));
    if (catalogue.policy().mode() == PolicyConfig.Mode.STRICT) {
      paragraph(Inline.text("The policy runs in strict mode: every text property must be one of a fixed set of values,"
          + " match a pattern, be hashed, or carry a written free-text reason."));
    }
    heading(3, "rules", Inline.text("Rules in force"));
    if (rules.isEmpty()) {
      paragraph(Inline.text("No personal-data rules are in force."));
    } else {
      List<List<List<Inline>>> rows = new ArrayList<>();
      for (PolicyRule rule : rules) {
        rows.add(List.of(List.of(Inline.code(rule.code())), List.of(Inline.text(rule.summary()))));
      }
      blocks.add(Block.Table.fixed("rules-table", List.of("Code", "Rule"), rows));
    }
    if (!catalogue.policy().forbid().isEmpty()) {
      heading(3, "forbidden", Inline.text("Data this product also forbids"));
      List<List<List<Inline>>> rows = new ArrayList<>();
      for (PolicyConfig.ForbiddenNames forbidden : catalogue.policy().forbid()) {
        rows.add(List.of(codes(forbidden.names()), List.of(Inline.text(forbidden.reason()))));
      }
      blocks.add(Block.Table.fixed("forbidden-table", List.of("Names", "Reason"), rows));
    }
    heading(3, ALLOWANCES_ANCHOR, Inline.text("Exceptions and their reasons"));
    List<Allowance> allowances = Allowance.of(catalogue);
    if (allowances.isEmpty()) {
      paragraph(Inline.text("The catalogue makes no exceptions to the rules."));
      return;
    }
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (Allowance allowance : allowances) {
      List<Inline> where = allowance.ownerIsType()
          ? List.of(Inline.text("type "), Inline.code(allowance.owner()), Inline.text(" "), Inline.code(allowance.path()))
          : List.of(Inline.anchorLink(Inline.code(allowance.owner()), EventFiles.eventAnchor(allowance.owner())),
              Inline.text(" "), Inline.code(allowance.path()));
      rows.add(List.of(where,
          List.of(Inline.code(allowance.kind().key()), Inline.text(": " + allowance.kind().meaning())),
          List.of(Inline.text(allowance.reason()))));
    }
    blocks.add(Block.Table.fixed("exceptions-table", List.of("Where", "Exception", "Reason"), rows));
  }

  private List<Inline> eventLinks(List<String> names) {
    List<Inline> links = new ArrayList<>();
    for (String name : names) {
      if (!links.isEmpty()) {
        links.add(Inline.text(", "));
      }
      links.add(Inline.anchorLink(Inline.code(name), EventFiles.eventAnchor(name)));
    }
    return links;
  }

  private static List<Inline> codes(List<String> names) {
    List<Inline> codes = new ArrayList<>();
    for (String name : names) {
      if (!codes.isEmpty()) {
        codes.add(Inline.text(", "));
      }
      codes.add(Inline.code(name));
    }
    return codes;
  }

  private static String sentence(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String trimmed = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
  }

  private void heading(int level, String anchor, Inline... content) {
    blocks.add(new Block.Heading(level, anchor, List.of(content)));
  }

  private void paragraph(Inline... content) {
    blocks.add(new Block.Paragraph(List.of(content)));
  }
}
