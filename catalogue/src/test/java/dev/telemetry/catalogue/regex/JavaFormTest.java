package dev.telemetry.catalogue.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only the anchor $ and the dot outside classes change; escaped and class members stay as written. */
class JavaFormTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '~', value = {
      "^v[0-9]+$~^v[0-9]+\\z",
      "^a.b$~^a[^\\n\\r\\u2028\\u2029]b\\z",
      "\\$\\.~\\$\\.",
      "[$.]~[$.]",
      "\\\\$~\\\\\\z",
      "a|b$|c~a|b\\z|c",
      "(?!.)~(?![^\\n\\r\\u2028\\u2029])",
  })
  void rewritesOnlyTheAnchorAndTheDot(String pattern, String java) {
    assertEquals(java, JavaForm.of(pattern));
  }

  @Test
  void refusesAFinalLineBreakAsEcmascriptDoes() {
    assertFalse(JavaForm.compile("^v[0-9]+$").matcher("v1\n").find());
    assertTrue(JavaForm.compile("^v[0-9]+$").matcher("v1").find());
    assertTrue(JavaForm.compile("^.$").matcher("\u0085").find(), "ECMAScript's dot matches U+0085");
    assertFalse(JavaForm.compile("^.$").matcher("\r").find());
  }
}
