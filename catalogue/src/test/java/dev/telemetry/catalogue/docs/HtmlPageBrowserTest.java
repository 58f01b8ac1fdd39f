package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the generated HTML page in a real headless Chromium: the tables render, the filter box
 * hides what does not match, the page fits a phone, and nothing is fetched. Skipped, saying why,
 * on machines without Debian's {@code chromium} package.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlPageBrowserTest {
  private static final String VISIBLE = "(e) => e.getClientRects().length > 0";

  private HeadlessChromium browser;
  private String pageUrl;

  @BeforeAll
  void openThePage(@TempDir Path dir) throws Exception {
    if (!Files.isExecutable(HeadlessChromium.BINARY)) {
      String why = "skipped: no browser at " + HeadlessChromium.BINARY + "; install Debian's chromium package to run it";
      System.out.println(HtmlPageBrowserTest.class.getSimpleName() + " " + why);
      Assumptions.abort(why);
    }
    new DocsGenerator(DocsOptions.defaults().withEnvPrefix("T_APP")).write(TestCatalogue.build(), dir);
    pageUrl = dir.resolve(EventFiles.HTML).toUri().toString();
    browser = HeadlessChromium.start();
    browser.call("Network.enable", Map.of());
    browser.call("Page.enable", Map.of());
    browser.navigate(pageUrl);
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void tablesRender() {
    assertEquals("Test <Product> telemetry", browser.evaluate("document.title").asText());
    assertEquals(3, count("#events-table tbody tr"), "one row per event");
    assertEquals(1, count("#metrics tbody tr"));
    assertEquals(3, count("#exceptions-table tbody tr"), "every written reason is listed");
    assertEquals(3, count("section.event"));
    assertTrue(browser.evaluate("document.querySelector('#events-table').getBoundingClientRect().height > 50").asBoolean(),
        "the events table takes up space on the page");
    // t:job.created has 8 properties and its type window 3; the two other events have one each.
    assertEquals(13, allPropertyRows());
    assertEquals(13, count("section.event tr[data-filter-row]"), "every property row is visible");
  }

  @Test
  void filterHidesEventsAndPropertiesThatDoNotMatch() {
    try {
      // "retries" is a property of t:job.created only, and in no event's name, trigger or purpose.
      filter("retries");
      assertEquals(1, count("section.event"));
      assertEquals(1, count("section.event tr[data-filter-row]"), "only the retries row");
      assertEquals(1, count("#events-table tbody tr"));
      assertTrue(browser.evaluate("document.getElementById('filter-status').textContent").asText().contains("1 of 3"));

      // "site" names an event: its section shows whole, with all its rows.
      filter("SITE");
      assertEquals(1, count("section.event"));
      assertEquals(1, count("section.event tr[data-filter-row]"));
      assertEquals("t:groupidentify:site", browser.evaluate(
          "[...document.querySelectorAll('section.event')].filter(" + VISIBLE + ")[0].dataset.event").asText());

      filter("no such thing");
      assertEquals(0, count("section.event"));
      assertEquals(0, count("#events-table tbody tr"));
    } finally {
      filter("");
    }
    assertEquals(3, count("section.event"));
    assertEquals(allPropertyRows(), count("section.event tr[data-filter-row]"));
  }

  @Test
  void fitsAPhoneScreen() {
    try {
      browser.call("Emulation.setDeviceMetricsOverride",
          Map.of("width", 375, "height", 800, "deviceScaleFactor", 2, "mobile", true));
      assertTrue(browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth").asBoolean(),
          "wide tables scroll inside the page, the page itself does not scroll sideways");
    } finally {
      browser.call("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void fetchesNothing() {
    List<String> urls = browser.requestedUrls();
    assertEquals(List.of(pageUrl), urls, "the page loads itself and nothing else");
  }

  private int allPropertyRows() {
    return browser.evaluate("document.querySelectorAll('section.event tr[data-filter-row]').length").asInt();
  }

  private void filter(String text) {
    JsonNode quoted = TextNode.valueOf(text);
    browser.evaluate("(() => { const box = document.getElementById('filter'); box.value = " + quoted
        + "; box.dispatchEvent(new Event('input')); })()");
  }

  private int count(String selector) {
    return browser.evaluate("[...document.querySelectorAll('" + selector + "')].filter(" + VISIBLE + ").length").asInt();
  }
}
