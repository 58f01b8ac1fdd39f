package dev.telemetry.samples.scenario;

import dev.telemetry.samples.deployments.DeploymentReporter;
import dev.telemetry.samples.domain.AccessRequest;
import dev.telemetry.samples.domain.AccessRule;
import dev.telemetry.samples.domain.Decision;
import dev.telemetry.samples.domain.Deployment;
import dev.telemetry.samples.domain.IdentityProvider;
import dev.telemetry.samples.domain.Ids;
import dev.telemetry.samples.domain.Role;
import dev.telemetry.samples.domain.Timing;
import dev.telemetry.samples.domain.User;
import dev.telemetry.samples.requests.RequestService;
import dev.telemetry.samples.rules.RuleService;
import dev.telemetry.samples.tracking.EventTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A working day in the access service, played against a tracker: the deployment reports itself,
 * an administrator creates and edits an Access Rule, an engineer requests access, the
 * administrator reviews it group by group and later revokes it. One
 * {@link #playOnce()} tracks {@value #EVENTS_PER_PASS} events and every catalogue event at least
 * once. Time is simulated, so the durations sent are the same on every run. Not thread-safe: give
 * each thread its own scenario.
 */
public final class AccessScenario {
  /** How many events one {@link #playOnce()} tracks. */
  public static final int EVENTS_PER_PASS = 8;

  /** The deployment the sample plays; its ID is the group key of every event. */
  public static final Deployment DEPLOYMENT =
      new Deployment(
          "dep_123", "v0.9.0", IdentityProvider.OKTA, "prod", "eu-west-2", "https://acme.example.com/sso/login");

  private static final User ADMIN =
      new User("usr_123", "ana.admin@acme.example.com", Role.ADMIN, List.of("grp_admins", "grp_platform"));
  private static final User ENGINEER =
      new User("usr_234", "ben.engineer@acme.example.com", Role.END_USER, List.of("grp_platform"));

  private final DeploymentReporter deployments;
  private final RuleService rules;
  private final RequestService requests;
  private Instant now = Instant.parse("2024-03-04T09:00:00Z");

  /** A scenario tracking to {@code telemetry}, minting IDs with {@code ids} (share it between threads). */
  public AccessScenario(EventTracker telemetry, Ids ids) {
    this.deployments = new DeploymentReporter(telemetry);
    this.rules = new RuleService(telemetry, ids);
    this.requests = new RequestService(telemetry, ids);
  }

  /** Plays the day once. */
  public void playOnce() {
    deployments.updated(DEPLOYMENT, 42, 7);

    AccessRule rule =
        rules.create(
            ADMIN,
            "Production database break-glass",
            "On-call engineers of the payments team get read access to the prod database.",
            List.of("commonfate/aws-sso@v2"),
            Duration.ofHours(1),
            true,
            null);
    rule =
        rules.update(
            rule,
            ADMIN,
            List.of("commonfate/aws-sso@v2", "commonfate/okta-groups@v1"),
            Duration.ofHours(2),
            true,
            "account.tag == 'prod'");

    advance(Duration.ofMinutes(5));
    AccessRequest request =
        requests.create(
            ENGINEER,
            rule,
            List.of("aws:prod-db/read", "okta:db-readers"),
            List.of("group_awssso", "group_okta"),
            "Incident 4821: payments are failing for customer Jane Roe",
            Timing.asap(Duration.ofMinutes(30)),
            now,
            3);

    advance(Duration.ofSeconds(200));
    requests.review(request, "group_awssso", ADMIN, Decision.APPROVE, null, "ok, go", now);
    advance(Duration.ofSeconds(40));
    requests.review(
        request, "group_okta", ADMIN, Decision.APPROVE, Timing.asap(Duration.ofMinutes(15)), "15 minutes is enough", now);

    advance(Duration.ofMinutes(10));
    requests.revoke(request, ADMIN, "Incident closed", now);
  }

  private void advance(Duration duration) {
    now = now.plus(duration);
  }
}
