package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What other tools read from {@code catalogue.json}. */
class CatalogueJsonTest {
  private final Catalogue catalogue = TestCatalogue.build();
  private final JsonNode json = PrettyJson.read(new DocsGenerator(DocsOptions.defaults()).render(catalogue).get(EventFiles.CATALOGUE_JSON));

  @Test
  void classifiesEveryPropertyWithItsReasons() {
    JsonNode properties = json.at("/events/t:job.created/properties");
    assertEquals("[\"hashed\"]", properties.at("/created_by/classification").toString());
    assertEquals("usr", properties.at("/created_by/hash").asText());
    assertEquals("[\"raw-identifier\"]", properties.at("/job_id/classification").toString());
    assertEquals("Job IDs are random | minted per job.", properties.at("/job_id/reasons/raw-identifier").asText());
    assertEquals("[\"allow-pii\"]", properties.at("/owner_email_domain/classification").toString());
    assertEquals("[\"free-text\"]", properties.at("/note/classification").toString());
    assertEquals("[]", properties.at("/retries/classification").toString());
    assertEquals(false, properties.at("/note/required").booleanValue());
    assertEquals("10", properties.at("/retries/maximum").toString());
    assertEquals(5, properties.at("/labels/max-items").asInt());
    assertEquals("^[a-z]+(-[a-z]+)*$|^x$", properties.at("/labels/items/pattern").asText());
  }

  @Test
  void givesEveryEventItsPurposeKindAndFiles() {
    for (EventSpec event : catalogue.events().values()) {
      JsonNode node = json.get("events").get(event.name());
      assertEquals(catalogue.purposeOf(event), node.get("purpose").asText());
      assertEquals(event.kind().key(), node.get("kind").asText());
      assertEquals(EventFiles.schema(event.name()), node.get("schema").asText());
      assertEquals(EventFiles.example(event.name()), node.get("example").asText());
    }
    assertEquals("metrics", json.at("/events/t:job.created/purpose-from").asText());
    assertEquals("created_by", json.at("/events/t:job.created/distinct-id/property").asText());
    assertEquals(true, json.at("/events/t:identify:user/distinct-id/given").booleanValue());
    assertEquals("site", json.at("/events/t:groupidentify:site/group").asText());
  }

  @Test
  void publishesEachEventsOwnerExpiryAndDataCategoryOnlyWhenDeclared() throws Exception {
    String text = new String(getClass().getClassLoader().getResourceAsStream("catalogues/valid/lifecycle.yaml")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Catalogue lifecycles = dev.telemetry.catalogue.load.CatalogueLoader.load("lifecycle.yaml", text).catalogue();
    JsonNode published =
        PrettyJson.read(new DocsGenerator(DocsOptions.defaults()).render(lifecycles).get(EventFiles.CATALOGUE_JSON));
    assertEquals(true, published.at("/policy/require-lifecycle").booleanValue());
    JsonNode placed = published.at("/events/shop:order.placed");
    assertEquals("checkout-team", placed.get("owner").asText());
    assertEquals("2027-06-30", placed.get("expires").asText());
    assertEquals("Needed until the new checkout has shipped and been measured.", placed.get("expires-reason").asText());
    assertEquals("interaction", placed.get("data-category").asText());
    assertEquals("4.0", published.at("/events/shop:app.started/expires").asText());
    assertFalse(published.at("/events/shop:app.started").has("expires-reason"));
    assertEquals("never", published.at("/events/shop:app.stopped/expires").asText());
    assertFalse(json.at("/events/t:job.created").has("owner"), "undeclared keys are left out");
    assertFalse(json.at("/policy").has("require-lifecycle"));
  }

  @Test
  void publishesThePolicyAndEveryException() {
    assertEquals("strict", json.at("/policy/mode").asText());
    assertFalse(json.at("/policy/rules").isEmpty(), "the built-in rules are listed");
    for (JsonNode rule : json.at("/policy/rules")) {
      assertFalse(rule.get("code").asText().isEmpty());
      assertFalse(rule.get("summary").asText().isEmpty());
    }
    assertEquals(List.of("raw-identifier", "allow-pii", "free-text"),
        json.at("/policy/exceptions").findValuesAsText("kind"));
    assertEquals("Customer names identify a customer.", json.at("/policy/forbid/0/reason").asText());
  }
}
