package dev.telemetry.catalogue.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.load.Problem;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DataCategory;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Expiry;
import dev.telemetry.catalogue.model.Lifecycle;
import dev.telemetry.catalogue.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle keys of an event: owner, expires (with expires-reason), data-category. */
class LifecycleKeysTest {
  /** A valid catalogue; {@code %s} are the policy lines and the lifecycle lines of the one event. */
  private static final String TEMPLATE = """
      catalogue: 1
      namespace: ns
      product: P
      policy:
      %s
      events:
        ns:app.started:
          emitted-when: The app starts
          purpose: Counts starts.
      %s
          distinct-id: { hash: ins }
      """;

  private static final int FIRST_LIFECYCLE_LINE = 10;

  private static Catalogue load(String policy, String lifecycle) throws CatalogueException {
    return CatalogueLoader.load("c.yaml", TEMPLATE.formatted(policy, lifecycle)).catalogue();
  }

  private static EventSpec event(String lifecycle) throws CatalogueException {
    return load("  mode: standard", lifecycle).events().get("ns:app.started");
  }

  /** The one problem of the catalogue, as "CODE line:column message fix". */
  private static String problem(String policy, String lifecycle) {
    CatalogueException failure = assertThrows(CatalogueException.class, () -> load(policy, lifecycle));
    List<Problem> problems = failure.problems();
    assertEquals(1, problems.size(), problems.toString());
    Problem problem = problems.get(0);
    return problem.code() + " " + problem.location().line() + ":" + problem.location().column() + " "
        + problem.message() + " " + problem.fix();
  }

  private static String problem(String lifecycle) {
    return problem("  mode: standard", lifecycle);
  }

  @Test
  void readsEveryKeyWithTheLineOfTheExpiry() throws Exception {
    EventSpec event = event("    owner: checkout-team\n    expires: 2027-06-30\n"
        + "    expires-reason: Needed until the new checkout has shipped.\n    data-category: interaction");
    Lifecycle lifecycle = event.lifecycle();
    assertEquals("checkout-team", lifecycle.owner());
    assertEquals(new Expiry.OnDate(LocalDate.of(2027, 6, 30), "Needed until the new checkout has shipped.",
        new Location("c.yaml", FIRST_LIFECYCLE_LINE + 1, 14)), lifecycle.expiry());
    assertEquals(DataCategory.INTERACTION, lifecycle.dataCategory());
  }

  @Test
  void aQuotedVersionIsAVersionExpiry() throws Exception {
    Expiry expiry = event("    expires: \"4.0\"\n    data-category: technical").lifecycle().expiry();
    Expiry.AtVersion version = assertInstanceOf(Expiry.AtVersion.class, expiry);
    assertEquals("4.0", version.version());
    assertNull(version.reason());
  }

  @Test
  void neverNeedsAReason() throws Exception {
    Expiry expiry = event("    expires: never\n    expires-reason: Counts installations; the product needs it.")
        .lifecycle().expiry();
    assertEquals(new Expiry.Never("Counts installations; the product needs it.",
        new Location("c.yaml", FIRST_LIFECYCLE_LINE, 14)), expiry);
    assertEquals("CATALOGUE-LIFECYCLE 10:14 Event 'ns:app.started' never expires but gives no reason; an event "
            + "collected forever needs a written one. Add 'expires-reason:' saying why the event must be collected "
            + "for as long as the product runs, or give it an expiry date.",
        problem("    expires: never"));
  }

  @Test
  void eventsWithoutLifecycleKeysLoadAsBefore() throws Exception {
    assertSame(Lifecycle.NONE, event("").lifecycle());
    assertEquals(false, load("  mode: standard", "").policy().requireLifecycle());
  }

  @Test
  void anUnquotedVersionIsRefusedBecauseYamlReadsItAsANumber() {
    assertEquals("CATALOGUE-LIFECYCLE 10:14 The expiry of event 'ns:app.started' is the number 4.10; a product "
            + "version must be quoted, because YAML reads 4.10 as 4.1. Write 'expires: \"4.10\"'.",
        problem("    expires: 4.10"));
  }

  @Test
  void anExpiryThatIsNoDateVersionOrNeverIsRefused() {
    assertEquals("CATALOGUE-LIFECYCLE 10:14 The expiry 'next year' of event 'ns:app.started' is not a date "
            + "(YYYY-MM-DD), a product version (digits and dots, such as \"4.0\") or never. Write "
            + "'expires: 2027-06-30', 'expires: \"4.0\"', or 'expires: never' with 'expires-reason:'.",
        problem("    expires: next year"));
    assertEquals("CATALOGUE-LIFECYCLE 10:14 The expiry date '2027-02-30' of event 'ns:app.started' is not a day "
            + "of the calendar. Write an existing date as YYYY-MM-DD, such as 2027-06-30.",
        problem("    expires: 2027-02-30"));
  }

  @Test
  void aReasonWithoutAnExpiryIsRefused() {
    assertTrue(problem("    expires-reason: Because.").startsWith(
        "CATALOGUE-LIFECYCLE 10:5 Event 'ns:app.started' has an 'expires-reason' but no 'expires'."));
  }

  @Test
  void anOwnerIsATeamNeverAPersonOrAnEmailAddress() throws Exception {
    assertEquals("platform", event("    owner: platform").lifecycle().owner());
    assertEquals("data_eng-2", event("    owner: data_eng-2").lifecycle().owner());
    assertEquals("CATALOGUE-LIFECYCLE 10:12 The owner 'jane@example.com' of event 'ns:app.started' looks like an "
            + "e-mail address; the catalogue is published, so the owner is a team, written as lowercase words "
            + "joined by '-' or '_'. Name the team answerable for the event, such as 'owner: checkout-team'.",
        problem("    owner: jane@example.com"));
    assertTrue(problem("    owner: Jane Doe").contains("The owner 'Jane Doe' of event 'ns:app.started' looks like a "
        + "person's name;"));
    assertTrue(problem("    owner: jane.doe").contains("looks like a person's name;"));
    assertTrue(problem("    owner: Checkout Team!").contains("is not a team name;"));
    assertTrue(problem("    owner: Checkout Team").contains("is not a team name;"));
  }

  @Test
  void onlyTechnicalAndInteractionAreDataCategories() {
    assertEquals("CATALOGUE-LIFECYCLE 10:20 Unknown data-category 'highly-sensitive' of event 'ns:app.started'; "
            + "the categories are technical and interaction. Stored content and highly sensitive data have no place "
            + "in anonymous telemetry. Use technical (data about the product) or interaction (how it is used), or "
            + "stop collecting the event.",
        problem("    data-category: highly-sensitive"));
    assertTrue(problem("    data-category: technica").endsWith("Did you mean 'technical'?"));
  }

  @Test
  void requireLifecycleMakesEveryKeyRequiredOnTheEventLine() {
    CatalogueException failure = assertThrows(CatalogueException.class,
        () -> load("  require-lifecycle: true", "    owner: platform"));
    List<String> problems = failure.problems().stream()
        .map(problem -> problem.code() + " " + problem.location().line() + ":" + problem.location().column() + " "
            + problem.message())
        .toList();
    assertEquals(List.of(
        "CATALOGUE-LIFECYCLE 7:3 Event 'ns:app.started' has no 'expires', which policy.require-lifecycle: true "
            + "requires of every event.",
        "CATALOGUE-LIFECYCLE 7:3 Event 'ns:app.started' has no 'data-category', which policy.require-lifecycle: "
            + "true requires of every event."), problems);
  }

  @Test
  void requireLifecyclePassesWhenEveryEventDeclaresThem() throws Exception {
    Catalogue catalogue = load("  require-lifecycle: true",
        "    owner: platform\n    expires: \"4.0\"\n    data-category: technical");
    assertTrue(catalogue.policy().requireLifecycle());
  }

  @Test
  void theSharedExampleCatalogueLoadsUnchangedWithoutLifecycles() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogues/valid/catalogue-example.yaml")) {
      Catalogue catalogue = CatalogueLoader.load("catalogue-example.yaml",
          new String(in.readAllBytes(), StandardCharsets.UTF_8)).catalogue();
      assertTrue(catalogue.events().values().stream().allMatch(event -> event.lifecycle().isEmpty()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
