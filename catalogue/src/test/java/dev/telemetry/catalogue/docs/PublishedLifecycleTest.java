package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.model.Catalogue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published page (Markdown and HTML) shows the changelog, newest first, and each event's lifecycle. */
class PublishedLifecycleTest {
  private static Map<String, byte[]> render(String extra) throws Exception {
    String text = new String(PublishedLifecycleTest.class.getClassLoader()
        .getResourceAsStream("catalogues/valid/lifecycle.yaml").readAllBytes(), StandardCharsets.UTF_8);
    Catalogue catalogue = CatalogueLoader.load("lifecycle.yaml", text + extra).catalogue();
    return new DocsGenerator(DocsOptions.defaults()).render(catalogue);
  }

  private static String file(Map<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void bothPagesShowTheChangelogNewestFirst() throws Exception {
    Map<String, byte[]> files = render("""
        changes:
          - { version: "1.9", kind: more-data, what: 'event shop:app.stopped added', reason: Uptime tells us about crashes. }
          - { version: "1.10", kind: breaking, what: 'event shop:cart.viewed removed', reason: Nobody used it. }
        """);
    for (String page : new String[] {file(files, EventFiles.MARKDOWN), file(files, EventFiles.HTML)}) {
      int heading = page.indexOf("What changed in what we collect");
      int newer = page.indexOf("Version 1.10");
      int older = page.indexOf("Version 1.9");
      assertTrue(heading > 0 && heading < newer && newer < older, "newest first");
      assertTrue(page.contains("event shop:app.stopped added. Uptime tells us about crashes."));
      assertTrue(page.contains("event shop:cart.viewed removed. Nobody used it."));
    }
    assertTrue(file(files, EventFiles.CATALOGUE_JSON).contains("\"what\": \"event shop:cart.viewed removed\""));
  }

  @Test
  void eachEventSectionShowsItsOwnerExpiryAndDataCategory() throws Exception {
    Map<String, byte[]> files = render("");
    String markdown = file(files, EventFiles.MARKDOWN);
    assertTrue(markdown.contains("**Owner:** `checkout-team` (the team answerable for the event)."), markdown);
    assertTrue(markdown.contains("**Collected until:** 2027-06-30; the product stops sending it after that day. "
        + "Needed until the new checkout has shipped and been measured."));
    assertTrue(markdown.contains("**Collected until:** version 4.0; from that version on, the product no longer sends it."));
    assertTrue(markdown.contains("**Collected until:** no expiry. Uptime is the product's health signal"));
    assertTrue(markdown.contains("**Data category:** interaction (how the product is used"));
    assertFalse(markdown.contains("What changed in what we collect"), "no changes, no changelog");
    String html = file(files, EventFiles.HTML);
    assertTrue(html.contains("checkout-team"));
    assertTrue(html.contains("Data category:"));
  }
}
