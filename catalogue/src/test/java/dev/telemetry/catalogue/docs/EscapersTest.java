package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The page escapers, which copy unchanged runs at once, against one-character-at-a-time references. */
class EscapersTest {

  @Property
  void htmlEscapeEqualsTheReference(@ForAll("texts") String text) {
    assertEquals(referenceHtml(text), HtmlWriter.escape(text));
  }

  @Property
  void htmlEscapeAppendsToWhatIsThere(@ForAll("texts") String before, @ForAll("texts") String text) {
    assertEquals(before + referenceHtml(text), HtmlWriter.escape(text, new StringBuilder(before)).toString());
  }

  @Property
  void markdownEscapeEqualsTheReference(@ForAll("texts") String text) {
    assertEquals(referenceMarkdown(text, true), MarkdownWriter.escapeText(text, true));
    assertEquals(referenceMarkdown(text, false), MarkdownWriter.escapeText(text, false));
  }

  @Property
  void markdownEscapeAppendsToWhatIsThere(@ForAll("texts") String before, @ForAll("texts") String text) {
    assertEquals(before + referenceMarkdown(text, true),
        MarkdownWriter.escapeText(text, true, new StringBuilder(before)).toString());
  }

  /** Any text, and text dense with markup, line breaks, control characters and surrogates. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withChars("ab &<>\"'\\`*_[]{}|#!~\r\n\t\u0000\u001f\ud83d\ude00\udc00").ofMaxLength(30));
  }

  private static String referenceHtml(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String referenceMarkdown(String text, boolean inTable) {
    String lineBreak = inTable ? "<br/>" : " ";
    StringBuilder escaped = new StringBuilder();
    String oneBreak = text.replace("\r\n", "\n").replace('\r', '\n');
    for (char c : oneBreak.toCharArray()) {
      if (c == '\n') {
        escaped.append(lineBreak);
      } else if (c == '&') {
        escaped.append("&amp;");
      } else if (c == '<') {
        escaped.append("&lt;");
      } else if (c == '>') {
        escaped.append("&gt;");
      } else if ("\\`*_[]{}|#!~".indexOf(c) >= 0) {
        escaped.append("&#").append((int) c).append(';');
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
