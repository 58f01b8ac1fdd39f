package dev.telemetry.catalogue.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventKind;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.Hashing;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example catalogue of the product contract loads clean, into the model it describes. */
class ExampleCatalogueTest {
  static final String RESOURCE = "catalogues/valid/catalogue-example.yaml";
  private static final Path SHARED = Path.of("../../shared/spec/catalogue-example.yaml");

  @Test
  void theCopyInTestResourcesLoadsWithNoErrorAndNoWarning() throws Exception {
    LoadResult result = CatalogueLoader.load(RESOURCE, TestCatalogues.text(RESOURCE));
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void theSharedExampleLoadsWithNoErrorAndNoWarning() throws Exception {
    Path shared = SHARED.toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(shared), "the shared spec folder is beside the repository");
    LoadResult result = CatalogueLoader.load(shared);
    assertEquals(List.of(), result.warnings());
    assertEquals(shared.toString(), result.catalogue().file());
  }

  @Test
  void theExampleWithItsTwoDescriptionsUnquotedAgainFailsAtEachCommaWithTheQuotingFix() throws Exception {
    String damaged = TestCatalogues.text(RESOURCE)
        .replace("description: \"The timing the reviewer set instead, if any.\"",
            "description: The timing the reviewer set instead, if any.")
        .replace("description: \"Deployment stage (dev, prod, uat...).\"",
            "description: Deployment stage (dev, prod, uat...).");
    CatalogueException failure =
        org.junit.jupiter.api.Assertions.assertThrows(CatalogueException.class, () -> CatalogueLoader.load("c.yaml", damaged));
    List<String> problems = failure.problems().stream().map(p -> p.code() + " " + p).toList();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).matches("CATALOGUE-SYNTAX c\\.yaml:97:\\d+: .*'description' is only 'The timing the"
        + " reviewer set instead' and 'if any\\.' is read as another key.*Quote the text: description:"
        + " \"The timing the reviewer set instead, if any\\.\""), problems.get(0));
    assertTrue(problems.get(1).matches("CATALOGUE-SYNTAX c\\.yaml:219:\\d+: .*'prod' is read as another key.*"
        + "Quote the text: description: \"Deployment stage \\(dev, prod, uat\\.\\.\\.\\)\\.\""), problems.get(1));
  }

  @Test
  void theModelHoldsWhatTheFileDeclares() throws Exception {
    Catalogue catalogue = CatalogueLoader.load(RESOURCE, TestCatalogues.text(RESOURCE)).catalogue();
    assertEquals(1, catalogue.formatVersion());
    assertEquals("cf", catalogue.namespace());
    assertEquals("Common Fate", catalogue.product());
    assertEquals(Hashing.SHA256, catalogue.hashing());
    assertEquals(List.of("deployment"), List.copyOf(catalogue.groups().keySet()));
    assertEquals(PolicyConfig.Mode.STRICT, catalogue.policy().mode());
    assertEquals(List.of("aws_account_id", "account_id"), catalogue.policy().forbid().get(0).names());
    assertEquals(4, catalogue.metrics().size());
    assertEquals(List.of("cf:rule.created", "cf:rule.updated"), catalogue.metrics().get(0).events());
    assertEquals(List.of("cf:request.created", "cf:request.reviewed", "cf:request.revoked", "cf:rule.archived",
        "cf:rule.created", "cf:rule.updated", "cf:identify:user_info", "cf:groupidentify:deployment"),
        List.copyOf(catalogue.events().keySet()));
    assertEquals(List.of("mode", "duration_seconds"), List.copyOf(catalogue.types().get("timing").properties().keySet()));
  }

  @Test
  void eventsCarryKindGroupDistinctIdAndPurpose() throws Exception {
    Catalogue catalogue = CatalogueLoader.load(RESOURCE, TestCatalogues.text(RESOURCE)).catalogue();
    EventSpec created = catalogue.events().get("cf:request.created");
    assertEquals(EventKind.CAPTURE, created.kind());
    assertEquals(new DistinctId.FromProperty("requested_by", "usr"), created.distinctId());
    assertNull(created.purpose());
    assertTrue(catalogue.purposeOf(created).startsWith("One of the core values"));
    assertEquals(new Location(RESOURCE, 59, 3), created.location());
    EventSpec identify = catalogue.events().get("cf:identify:user_info");
    assertEquals(EventKind.IDENTIFY, identify.kind());
    assertEquals(new DistinctId.Given("usr"), identify.distinctId());
    assertEquals("usr_123", identify.example().distinctId());
    EventSpec group = catalogue.events().get("cf:groupidentify:deployment");
    assertEquals(EventKind.GROUP_IDENTIFY, group.kind());
    assertEquals("deployment", group.group());
    assertNull(group.distinctId());
    assertEquals("dep_123", group.example().groupKey());
  }

  @Test
  void propertiesCarryTypesAndConstraints() throws Exception {
    Catalogue catalogue = CatalogueLoader.load(RESOURCE, TestCatalogues.text(RESOURCE)).catalogue();
    Map<String, PropertySpec> rule = catalogue.events().get("cf:rule.created").properties();
    PropertySpec targets = rule.get("targets");
    PropertyType.Array array = assertInstanceOf(PropertyType.Array.class, targets.type());
    assertEquals(100, array.maxItems());
    assertEquals(new PropertyType.Scalar(ScalarKind.STRING), array.items().type());
    assertEquals("^[a-z0-9-]+/[a-z0-9-]+@v[0-9]+$", array.items().pattern());
    assertEquals("usr", rule.get("created_by").hash());
    assertEquals(BigDecimal.ZERO, rule.get("targets_count").minimum());
    PropertySpec timing = catalogue.events().get("cf:request.reviewed").properties().get("override_timing");
    assertEquals(new PropertyType.Named("timing"), timing.type());
    assertEquals(false, timing.required());
    assertEquals("The timing the reviewer set instead, if any.", timing.description(),
        "a comma inside unquoted text of a flow mapping stays in the text");
    assertEquals("Deployment stage (dev, prod, uat...).",
        catalogue.events().get("cf:groupidentify:deployment").properties().get("stage").description());
    PropertySpec review = catalogue.events().get("cf:request.reviewed").properties().get("review");
    assertEquals(new PropertyType.Enum(List.of("APPROVE", "DENY")), review.type());
  }

  @Test
  void exampleValuesArePlainJavaValues() throws Exception {
    Catalogue catalogue = CatalogueLoader.load(RESOURCE, TestCatalogues.text(RESOURCE)).catalogue();
    Map<String, Object> reviewed = catalogue.events().get("cf:request.reviewed").example().values();
    assertEquals("usr_123", reviewed.get("requested_by"));
    assertEquals(4L, reviewed.get("targets_count"));
    assertEquals(200L, reviewed.get("pending_duration_seconds"));
    assertEquals(true, reviewed.get("has_reason"));
    assertEquals(Map.of("mode", "asap", "duration_seconds", 100L), reviewed.get("timing"));
    assertEquals(List.of("requested_by", "reviewed_by", "request_id", "access_group_id", "targets_count",
        "override_timing", "pending_duration_seconds", "review", "reviewer_is_admin", "timing", "has_reason"),
        List.copyOf(reviewed.keySet()));
    assertEquals(List.of("commonfate/test-provider@v1", "commonfate/test-provider2@v2"),
        catalogue.events().get("cf:rule.created").example().values().get("targets"));
  }
}
