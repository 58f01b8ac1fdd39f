package dev.telemetry.catalogue.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.load.LoadResult;
import dev.telemetry.catalogue.load.Problem;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.model.PolicyConfig;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import dev.telemetry.catalogue.policy.Finding;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import dev.telemetry.catalogue.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever the personal-data policy finds in a catalogue property, the loader reports: errors
 * fail the load, warnings come with the result, each at the property and naming where it is.
 * The policy itself is the oracle here; its rules are tested on their own.
 */
class PolicyWiringTest {
  private static final String TEXT = """
      catalogue: 1
      namespace: ns
      product: P
      policy:
        forbid:
          - names: [loyalty_number]
            reason: Identifies a customer.
      types:
        customer:
          description: C.
          properties:
            contact_email: { type: string, description: E. }
      events:
        ns:app.started:
          emitted-when: The app starts
          purpose: Counts starts.
          distinct-id: { hash: ins }
          properties:
            loyalty_number: { type: string, description: L. }
            owner: { type: customer, description: O. }
      """;

  @Test
  void everyFindingOfThePolicyBecomesAProblemAtItsProperty() {
    PolicyConfig config = new PolicyConfig(PolicyConfig.Mode.STANDARD, List.of(
        new PolicyConfig.ForbiddenNames(List.of("loyalty_number"), "Identifies a customer.", new Location("c.yaml", 6, 7))));
    PersonalDataPolicy policy = PersonalDataPolicy.of(config);
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    expect(policy, "Type 'customer'", string("contact_email", 12, 7), errors, warnings);
    expect(policy, "Event 'ns:app.started'", string("loyalty_number", 19, 7), errors, warnings);
    assertFalse(errors.isEmpty() && warnings.isEmpty(), "the policy must find something in these names, or this test proves nothing");

    List<Problem> reportedErrors = new ArrayList<>();
    List<Problem> reportedWarnings = new ArrayList<>();
    try {
      LoadResult result = CatalogueLoader.load("c.yaml", TEXT);
      reportedWarnings.addAll(result.warnings());
    } catch (CatalogueException e) {
      reportedErrors.addAll(e.problems());
    }
    assertEquals(errors, reportedErrors);
    if (errors.isEmpty()) {
      assertEquals(warnings, reportedWarnings);
    }
  }

  private static PropertySpec string(String name, int line, int column) {
    return new PropertySpec(name, new PropertyType.Scalar(ScalarKind.STRING), "x", true, null, null, null, null, null,
        null, null, null, new Location("c.yaml", line, column));
  }

  private static void expect(PersonalDataPolicy policy, String owner, PropertySpec property, List<Problem> errors,
      List<Problem> warnings) {
    for (Finding finding : policy.check(PolicyCheck.subject(property))) {
      Problem problem = new Problem(finding.code(), property.location(), owner + ": " + finding.message(), finding.fix());
      if (finding.severity() == Severity.ERROR) {
        errors.add(problem);
      } else if (finding.severity() == Severity.WARNING) {
        warnings.add(problem);
      }
    }
  }
}
