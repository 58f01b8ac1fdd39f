package dev.telemetry.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rules from catalogue names to Java names. */
class JavaNamesTest {
  @ParameterizedTest
  @CsvSource({
    "cf:request.created, RequestCreated",
    "cf:request.reviewed, RequestReviewed",
    "cf:identify:user_info, UserInfoIdentify",
    "cf:groupidentify:deployment, DeploymentGroupIdentify",
    "cf:access_rule.target_added, AccessRuleTargetAdded",
    "other:request.created, OtherRequestCreated"
  })
  void eventClassNames(String eventName, String className) {
    assertEquals(className, JavaNames.eventClassName("cf", eventName));
  }

  @ParameterizedTest
  @CsvSource({
    "requested_by, requestedBy",
    "has_reason, hasReason",
    "top10_items, top10Items",
    "version, version"
  })
  void memberNames(String propertyName, String memberName) {
    assertEquals(memberName, JavaNames.memberName(propertyName));
  }

  @ParameterizedTest
  @CsvSource({
    "one-login, ONE_LOGIN",
    "APPROVE, APPROVE",
    "end_user, END_USER",
    "v1.2, V1_2"
  })
  void constantNames(String value, String constant) {
    assertEquals(constant, JavaNames.constantName(value));
  }

  @ParameterizedTest
  @CsvSource({
    "default, default_",
    "class, class_",
    "2fa, _2fa",
    "'', __"
  })
  void keywordsAndInvalidStartsBecomeValidNames(String wanted, String allocated) {
    assertEquals(allocated, new UniqueNames().allocate(wanted));
  }

  @Property
  void allocatedNamesAreValidAndDistinctIgnoringCase(@ForAll List<String> wanted) {
    UniqueNames names = new UniqueNames().reserve("builder");
    Set<String> seen = new HashSet<>(Set.of("builder"));
    for (String name : wanted) {
      String allocated = names.allocate(JavaNames.constantName(name));
      assertTrue(SourceVersion.isName(allocated), allocated);
      assertTrue(seen.add(allocated.toLowerCase(Locale.ROOT)), allocated);
    }
  }
}
