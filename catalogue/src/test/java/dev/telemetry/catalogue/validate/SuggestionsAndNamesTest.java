package dev.telemetry.catalogue.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The nearest-word suggestions and the name grammars behind the messages. */
class SuggestionsAndNamesTest {
  @Test
  void distanceCountsASwapOfNeighboursAsOneEdit() {
    assertEquals(1, Suggestions.distance("desrciption", "description"));
    assertEquals(1, Suggestions.distance("emitted_when", "emitted-when"));
    assertEquals(2, Suggestions.distance("tpye", "typo"));
    assertEquals(0, Suggestions.distance("", ""));
    assertEquals(4, Suggestions.distance("", "type"));
  }

  @Test
  void suggestsTheNearestPlausibleWordOnly() {
    List<String> keys = PropertyReader.PROPERTY_KEYS;
    assertEquals("description", Suggestions.nearest("desciption", keys));
    assertEquals("max-length", Suggestions.nearest("maxLength", keys));
    assertEquals("type", Suggestions.nearest("tpye", keys));
    assertNull(Suggestions.nearest("colour", keys));
    assertNull(Suggestions.nearest("c", List.of("b", "id")));
  }

  @Test
  void snakeCaseIsLowercaseWordsJoinedBySingleUnderscores() {
    assertTrue(Names.isSnakeCase("targets_count"));
    assertTrue(Names.isSnakeCase("v2"));
    assertFalse(Names.isSnakeCase("targetsCount"));
    assertFalse(Names.isSnakeCase("_count"));
    assertFalse(Names.isSnakeCase("targets__count"));
    assertFalse(Names.isSnakeCase("count_"));
    assertFalse(Names.isSnakeCase("2fa"));
  }

  @Test
  void eventNamesFollowTheirThreeForms() {
    assertTrue(Names.isEventRest("request.created"));
    assertTrue(Names.isEventRest("access_group.created"));
    assertTrue(Names.isEventRest("identify:user_info"));
    assertTrue(Names.isEventRest("groupidentify:deployment"));
    assertFalse(Names.isEventRest("request"));
    assertFalse(Names.isEventRest("request.created.now"));
    assertFalse(Names.isEventRest("identify:"));
    assertFalse(Names.isEventRest("Request.Created"));
  }

  @Test
  void hashPrefixesAreLettersAndDigits() {
    assertTrue(Names.isHashPrefix("usr"));
    assertTrue(Names.isHashPrefix("u2"));
    assertFalse(Names.isHashPrefix("user_id"));
    assertFalse(Names.isHashPrefix("Usr"));
  }

  @Test
  void namesAreRewrittenToTheGrammarForSuggestions() {
    assertEquals("targets_count", Names.toSnakeCase("targetsCount"));
    assertEquals("access_group", Names.toSnakeCase("access-group"));
    assertEquals("cf:access_group.created", Names.toEventName("cf:AccessGroup.Created"));
    assertEquals("cf:identify:user_info", Names.toEventName("cf:identify:userInfo"));
  }
}
