package dev.telemetry.catalogue.policy;

import static dev.telemetry.catalogue.policy.SubjectBuilder.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.telemetry.catalogue.model.PolicyConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictStringRuleTest {
  private final StrictStringRule strict = new StrictStringRule(PolicyConfig.Mode.STRICT);

  @Test
  void anUnconstrainedStringFailsInStrictMode() {
    assertEquals(
        List.of(
            new Finding(
                "TELEMETRY-STRICT-STRING",
                Severity.ERROR,
                "UNCONSTRAINED_STRING",
                "property 'stage' is a string with no enum, pattern, hash or free-text reason; strict mode"
                    + " allows no unconstrained strings",
                "constrain it with enum values or a pattern, send it hashed (hash: <prefix>), or add"
                    + " free-text: <reason> to the catalogue property")),
        strict.check(subject("stage", ValueShape.STRING).build()));
  }

  @Test
  void aConstraintAHashOrAWrittenReasonSatisfiesIt() {
    assertEquals(List.of(), strict.check(subject("stage", ValueShape.STRING).constrained().build()));
    assertEquals(List.of(), strict.check(subject("requested_by", ValueShape.STRING).hashed().build()));
    assertEquals(
        List.of(), strict.check(subject("stage", ValueShape.STRING).freeText("Stage names are ours.").build()));
    assertEquals(1, strict.check(subject("stage", ValueShape.STRING).freeText(" ").build()).size());
  }

  @Test
  void onlyStringsAreConcerned() {
    assertEquals(List.of(), strict.check(subject("targets_count", ValueShape.INTEGER).build()));
    assertEquals(List.of(), strict.check(subject("review", ValueShape.ENUM).build()));
  }

  @Test
  void standardModeFindsNothing() {
    StrictStringRule standard = new StrictStringRule(PolicyConfig.Mode.STANDARD);
    assertEquals(List.of(), standard.check(subject("stage", ValueShape.STRING).build()));
  }
}
