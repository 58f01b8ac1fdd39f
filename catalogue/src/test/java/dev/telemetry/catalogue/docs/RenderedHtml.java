package dev.telemetry.catalogue.docs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a reader sees of a rendered HTML page: its text, its element ids and its in-page links. */
final class RenderedHtml {
  private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>");
  private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern ANCHOR_HREF = Pattern.compile("\\shref=\"#([^\"]+)\"");

  private final String html;

  RenderedHtml(String html) {
    this.html = html;
  }

  /** The text a reader sees, entities decoded, white space collapsed to single spaces. */
  String text() {
    String body = TAG.matcher(SCRIPT_OR_STYLE.matcher(html).replaceAll(" ")).replaceAll("");
    return collapse(decode(body));
  }

  /** Every element id, in order (with repeats, so duplicates show). */
  List<String> ids() {
    return ID.matcher(html).results().map(match -> decode(match.group(1))).toList();
  }

  /** The targets of the links to this page ({@code href="#x"}). */
  Set<String> anchorLinks() {
    Set<String> targets = new LinkedHashSet<>();
    ANCHOR_HREF.matcher(html).results().forEach(match -> targets.add(decode(match.group(1))));
    return targets;
  }

  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  static String decode(String text) {
    Matcher matcher = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String decoded;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        decoded = Character.toString(Integer.parseInt(name.substring(2), 16));
      } else if (name.startsWith("#")) {
        decoded = Character.toString(Integer.parseInt(name.substring(1)));
      } else {
        decoded = switch (name) {
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "quot" -> "\"";
          case "apos" -> "'";
          case "nbsp" -> " ";
          default -> matcher.group();
        };
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
