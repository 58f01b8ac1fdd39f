package dev.telemetry.processor.generate;

import static dev.telemetry.processor.generate.CatalogueFixture.values;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.processor.generate.CatalogueFixture.Event;
import dev.telemetry.processor.generate.CatalogueFixture.Prop;
import java.util.List;

/** A hand-built model of {@code shared/spec/catalogue-example.yaml}: all eight events, as the loader yields them. */
final class ExampleCatalogue {
  private static final String REQUEST_ID_REASON = "Request IDs are random and minted per request; they carry no customer data.";
  private static final String TARGETS = "The Access Providers that the rule uses (publisher/name@version).";
  private static final String TARGET_PATTERN = "^[a-z0-9-]+/[a-z0-9-]+@v[0-9]+$";

  private ExampleCatalogue() {}

  static Catalogue model() {
    return new CatalogueFixture("cf")
        .group("deployment", "The deployment that sent the event.")
        .metric("Access Providers in use.",
            "Helps us to understand the impact of changes to providers; for widely-used alpha-version providers we"
                + " will provide scripts to automatically update Access Rules when changes are made to Access"
                + " Providers. Helps inform the direction of the project with the kinds of new Access Providers that"
                + " are developed.",
            "cf:rule.created", "cf:rule.updated")
        .metric("Percentage of Access Rules requiring manual approval.",
            "Helps us prioritize manual approval policy improvements (such as 2-person approval for access) versus"
                + " automated approval policy improvements (such as associating Linear/Jira tickets with access"
                + " requests, or integrating with PagerDuty and other on-call platforms).",
            "cf:rule.created", "cf:rule.updated")
        .metric("Access Request time to approval.",
            "One of the core values of the product is that the access request workflow must be extremely fast. Our"
                + " goal is that the median approval time is less than 10 minutes.",
            "cf:request.created", "cf:request.reviewed")
        .metric("Version number.", "Helps us prioritise backporting patches to previous versions.",
            "cf:groupidentify:deployment")
        .type("timing", "When and for how long access was requested.",
            Prop.enumOf("mode", "asap", "scheduled").describe("Whether access starts at once or later."),
            Prop.number("duration_seconds").minimum(0).describe("Length of the access window."))
        .event(Event.named("cf:request.created")
            .emittedWhen("Access Request was created")
            .distinctId("requested_by")
            .properties(
                Prop.string("requested_by").hash("usr").describe("The user who made the request."),
                requestId(),
                Prop.bool("has_reason")
                    .describe("Whether the requester gave a reason (the reason itself is never sent)."),
                Prop.integer("targets_count").minimum(0).describe("Total number of resources selected."),
                Prop.integer("access_groups_count").minimum(0).describe("Total number of access groups selected."))
            .example(values("requested_by", "usr_123", "request_id", "req_123", "has_reason", true,
                "targets_count", 6, "access_groups_count", 3)))
        .event(Event.named("cf:request.reviewed")
            .emittedWhen("Access Request was reviewed")
            .distinctId("reviewed_by")
            .properties(
                Prop.string("requested_by").hash("usr").describe("The user who made the request."),
                Prop.string("reviewed_by").hash("usr").describe("The user who reviewed it."),
                Prop.string("access_group_id").pattern("^group_[A-Za-z0-9]+$")
                    .rawIdentifier("Access group IDs are random and carry no customer data.")
                    .describe("The access group reviewed."),
                requestId(),
                Prop.integer("targets_count").minimum(0).describe("Number of resources in the request."),
                Prop.named("timing", "timing").describe("The timing that was requested."),
                Prop.named("override_timing", "timing").optional()
                    .describe("The timing the reviewer set instead, if any."),
                Prop.bool("has_reason").describe("Whether the requester gave a reason."),
                Prop.number("pending_duration_seconds").minimum(0)
                    .describe("How long the request waited for a review."),
                Prop.enumOf("review", "APPROVE", "DENY").describe("The decision."),
                Prop.bool("reviewer_is_admin").describe("Whether the reviewer is an administrator."))
            .example(values("requested_by", "usr_123", "reviewed_by", "usr_234", "request_id", "req_123",
                "access_group_id", "group_123", "targets_count", 4,
                "override_timing", values("mode", "scheduled", "duration_seconds", 50),
                "pending_duration_seconds", 200, "review", "APPROVE", "reviewer_is_admin", true,
                "timing", values("mode", "asap", "duration_seconds", 100), "has_reason", true)))
        .event(Event.named("cf:request.revoked")
            .emittedWhen("Access Request was revoked")
            .purpose("Shows how often granted access is cut short, which tells us whether default durations are"
                + " too long.")
            .distinctId("revoked_by")
            .properties(
                Prop.string("requested_by").hash("usr").describe("The user who made the request."),
                Prop.string("revoked_by").hash("usr").describe("The user who revoked it."),
                requestId(),
                Prop.integer("access_group_count").minimum(0).describe("Number of access groups in the request."),
                Prop.bool("has_reason").describe("Whether a reason was given."))
            .example(values("requested_by", "usr_123", "revoked_by", "usr_234", "request_id", "req_123",
                "access_group_count", 3, "has_reason", true)))
        .event(Event.named("cf:rule.archived")
            .emittedWhen("Access Rule was archived")
            .purpose("Together with rule creation, shows how long Access Rules stay in use.")
            .distinctId("archived_by")
            .properties(
                Prop.string("rule_id").hash("rul").describe("The rule."),
                Prop.string("archived_by").hash("usr").describe("The user who archived it."))
            .example(values("rule_id", "rul_123", "archived_by", "usr_123")))
        .event(ruleEvent("cf:rule.created", "Access Rule was created", "created_by", "The user who created it.")
            .example(values("rule_id", "rul_123", "created_by", "usr_123",
                "targets", List.of("commonfate/test-provider@v1", "commonfate/test-provider2@v2"),
                "has_filter_expression", true, "targets_count", 2, "max_duration_seconds", 100,
                "requires_approval", true)))
        .event(ruleEvent("cf:rule.updated", "Access Rule was updated", "updated_by", "The user who updated it.")
            .example(values("rule_id", "rul_123", "updated_by", "usr_123",
                "targets", List.of("commonfate/test-provider1@v2", "commonfate/test-provider2@v3"),
                "targets_count", 2, "max_duration_seconds", 100, "requires_approval", true,
                "has_filter_expression", false)))
        .event(Event.named("cf:identify:user_info")
            .identify()
            .emittedWhen("Access Request created/updated")
            .purpose("Lets us tell end users from administrators in the other metrics, without knowing who they are.")
            .givenDistinctId("usr")
            .properties(
                Prop.integer("group_count").minimum(0).describe("Number of groups the user belongs to."),
                Prop.integer("available_rules").minimum(0).optional()
                    .describe("Number of Access Rules the user can request."),
                Prop.enumOf("role", "end_user", "admin").describe("The user's role."))
            .example("usr_123", null, values("group_count", 2, "available_rules", 1, "role", "admin")))
        .event(Event.named("cf:groupidentify:deployment")
            .groupIdentify("deployment")
            .emittedWhen("Deployment updated")
            .properties(
                Prop.string("version").pattern("^v[0-9]+\\.[0-9]+\\.[0-9]+.*$").describe("Product version."),
                Prop.integer("user_count").minimum(0).describe("Number of users."),
                Prop.integer("group_count").minimum(0).describe("Number of groups."),
                Prop.enumOf("idp", "cognito", "okta", "azure", "google", "one-login", "jumpcloud")
                    .describe("The identity provider in use."),
                Prop.string("stage").pattern("^[a-z0-9-]{1,32}$").optional()
                    .describe("Deployment stage (dev, prod, uat...)."))
            .example(null, "dep_123", values("version", "v0.9.0", "user_count", 10, "group_count", 5,
                "idp", "cognito", "stage", "test")))
        .build();
  }

  private static Prop requestId() {
    return Prop.string("request_id").pattern("^req_[A-Za-z0-9]+$").rawIdentifier(REQUEST_ID_REASON)
        .describe("The request.");
  }

  private static Event ruleEvent(String name, String emittedWhen, String actor, String actorDescription) {
    return Event.named(name)
        .emittedWhen(emittedWhen)
        .distinctId(actor)
        .properties(
            Prop.string("rule_id").hash("rul").describe("The rule."),
            Prop.string(actor).hash("usr").describe(actorDescription),
            Prop.integer("max_duration_seconds").minimum(0).describe("Longest access the rule grants."),
            Prop.bool("requires_approval").describe("Whether requests need a manual approval."),
            Prop.bool("has_filter_expression").describe("Whether the rule filters its targets."),
            Prop.integer("targets_count").minimum(0).describe("Number of targets."),
            Prop.array("targets", Prop.string("item").pattern(TARGET_PATTERN), 100).describe(TARGETS));
  }
}
