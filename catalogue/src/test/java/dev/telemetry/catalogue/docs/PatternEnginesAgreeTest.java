package dev.telemetry.catalogue.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.telemetry.catalogue.regex.JavaForm;
import dev.telemetry.catalogue.regex.PortablePatterns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the portable-pattern checker lets through means the same in the three real engines: Java's
 * {@code java.util.regex}, ECMAScript (node, the u flag, as ajv compiles) and Python's {@code re}
 * (as jsonschema uses). Random patterns made of the subset's constructs must compile in all three
 * and match the same values (values without line breaks: the one difference the manual names).
 * And each construct the checker refuses is refused by, or read differently in, at least one.
 */
class PatternEnginesAgreeTest {
  private static final List<String> PIECES = List.of(
      "a", "Z", "0", "_", "-", "/", "@", ":", "é", "😀", ".", "^", "$", "|", "\\.", "\\\\", "\\$", "\\(",
      "\\[", "\\{", "\\}", "\\]", "\\|", "\\/", "\\t", "\\x41", "\\u00e9", "[a-z]", "[^0-9]", "[-a]",
      "[\\]\\\\]", "(?:b)", "(c|)", "(?=a)", "(?!0)", "a*", "Z+", "é?", "0{2}", "a{1,3}", "_{2,}", "a*?", "0+?",
      "\\\\z", "\\\\d", "[\\\\z]", "[&]", "(?:a|\\.|[0-9])+");
  private static final List<String> INPUTS = List.of(
      "", "a", "aa", "aaa", "Z", "ZZ", "00", "0", "1", "٣", "_", "__", "-", "/", "@", ":", "é", "😀", ".", "$",
      "(", "[", "{", "}", "]", "|", "\t", "A", "\\", "\\z", "\\d", "&", "b", "c", "a0", "0a", "aZ", "Za", "é😀",
      "a.b", "ab", "abc", "a-b", "a/b", "x", " ", "a\\", "00a", "a_0", "ZZZ", "aé", "a😀a");
  /** Constructs the checker refuses, each with a value on which some engine differs, if it compiles at all. */
  private static final List<String> REFUSED = List.of(
      "\\z", "\\Z", "\\A", "a*+", "a++", "(?>a)", "[a-z&&[^b]]", "\\p{L}", "(?i)a", "(?<=a|bc)d", "\\h",
      "(?<n>a)", "\\d", "\\w", "\\s", "\\b", "\\Qa\\E", "\\v", "\\x{41}", "a{,3}", "a]", "a}", "[]a]",
      "(?=a)*", "\\-", "\\_", "[a[b]]");

  @Test
  void patternsOfTheSubsetMeanTheSameInJavaEcmascriptAndPython(@TempDir Path dir) throws Exception {
    String missing = SiteTools.npmToolsMissing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    assumeTrue(SiteTools.onPath("python3"), "skipped: python3 is not installed");
    List<String> patterns = randomPatterns(400, 13);
    for (String pattern : patterns) {
      assertEquals(List.of(), PortablePatterns.check(pattern), pattern);
    }
    List<List<Boolean>> java = java(patterns, INPUTS);
    List<List<Boolean>> ecmascript = run(dir, "node", patterns, INPUTS);
    List<List<Boolean>> python = run(dir, "python", patterns, INPUTS);
    List<String> disagreements = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      if (ecmascript.get(p) == null || python.get(p) == null) {
        disagreements.add(patterns.get(p) + " does not compile in " + (ecmascript.get(p) == null ? "ECMAScript" : "Python"));
        continue;
      }
      for (int i = 0; i < INPUTS.size(); i++) {
        boolean j = java.get(p).get(i);
        if (j != ecmascript.get(p).get(i) || j != python.get(p).get(i)) {
          disagreements.add(patterns.get(p) + " on '" + INPUTS.get(i) + "': Java " + j + ", ECMAScript "
              + ecmascript.get(p).get(i) + ", Python " + python.get(p).get(i));
        }
      }
    }
    assertEquals(List.of(), disagreements);
  }

  /**
   * With line breaks in the values, Java and ECMAScript read {@code $} and {@code .} differently;
   * the Java form the runtime and the loader compile reads them as ECMAScript does, exactly.
   */
  @Test
  void theJavaFormMatchesExactlyWhatEcmascriptMatches(@TempDir Path dir) throws Exception {
    String missing = SiteTools.npmToolsMissing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    List<String> patterns = randomPatterns(300, 29);
    patterns.addAll(List.of("^v[0-9]+$", "^[a-z]+$", "^.*$", "(?!.)", "a.$", "^(?![^\\n]*\\n)[a-z]+$"));
    List<String> inputs = new ArrayList<>(INPUTS);
    inputs.addAll(List.of("v1\n", "abc\n", "a\r", "a\r\n", "\u2028", "a\u2029", "\u0085", "a\u0085", "\n", "a\nb",
        "\u000B", "a\f"));
    List<List<Boolean>> javaForm = new ArrayList<>();
    for (String pattern : patterns) {
      Pattern compiled = JavaForm.compile(pattern);
      javaForm.add(inputs.stream().map(input -> compiled.matcher(input).find()).toList());
    }
    List<List<Boolean>> ecmascript = run(dir, "node", patterns, inputs);
    List<String> disagreements = new ArrayList<>();
    for (int p = 0; p < patterns.size(); p++) {
      for (int i = 0; i < inputs.size(); i++) {
        if (!javaForm.get(p).get(i).equals(ecmascript.get(p).get(i))) {
          disagreements.add(patterns.get(p) + " on " + PrettyJson.print(TextNode.valueOf(inputs.get(i))).strip()
              + ": Java form " + javaForm.get(p).get(i) + ", ECMAScript " + ecmascript.get(p).get(i));
        }
      }
    }
    assertEquals(List.of(), disagreements);
    // Without the Java form, Java lets $ match before a final line break: the runtime would send it.
    assertTrue(Pattern.compile("^v[0-9]+$").matcher("v1\n").find());
    assertFalse(JavaForm.compile("^v[0-9]+$").matcher("v1\n").find());
  }

  private static List<String> randomPatterns(int count, long seed) {
    Random random = new Random(seed);
    List<String> patterns = new ArrayList<>();
    while (patterns.size() < count) {
      StringBuilder pattern = new StringBuilder();
      for (int n = 1 + random.nextInt(6); n > 0; n--) {
        pattern.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      patterns.add(pattern.toString());
    }
    return patterns;
  }

  @Test
  void everyRefusedConstructIsRefusedOrReadOtherwiseBySomeEngine(@TempDir Path dir) throws Exception {
    String missing = SiteTools.npmToolsMissing();
    assumeTrue(missing == null, () -> "skipped: " + missing);
    assumeTrue(SiteTools.onPath("python3"), "skipped: python3 is not installed");
    List<String> inputs = new ArrayList<>(INPUTS);
    inputs.addAll(List.of("ab", "A", "a\n", "\u000B", "\u2028", "\u00a0", "ا", "Ä", "a b", "xa", "a-b"));
    List<List<Boolean>> java = java(REFUSED, inputs);
    List<List<Boolean>> ecmascript = run(dir, "node", REFUSED, inputs);
    List<List<Boolean>> python = run(dir, "python", REFUSED, inputs);
    List<String> agreed = new ArrayList<>();
    for (int p = 0; p < REFUSED.size(); p++) {
      assertTrue(!PortablePatterns.check(REFUSED.get(p)).isEmpty(), REFUSED.get(p) + " is refused");
      boolean differ = java.get(p) == null || ecmascript.get(p) == null || python.get(p) == null
          || !java.get(p).equals(ecmascript.get(p)) || !java.get(p).equals(python.get(p));
      if (!differ) {
        agreed.add(REFUSED.get(p));
      }
    }
    assertEquals(List.of(), agreed, "refused although the three engines agree on these values");
  }

  private static List<List<Boolean>> java(List<String> patterns, List<String> inputs) {
    List<List<Boolean>> results = new ArrayList<>();
    for (String pattern : patterns) {
      Pattern compiled;
      try {
        compiled = Pattern.compile(pattern);
      } catch (RuntimeException e) {
        results.add(null);
        continue;
      }
      results.add(inputs.stream().map(input -> compiled.matcher(input).find()).toList());
    }
    return results;
  }

  private static final String PYTHON = String.join("\n",
      "import json, re, sys, warnings",
      "warnings.simplefilter('ignore')",
      "cases = json.load(open(sys.argv[1], encoding='utf-8'))",
      "out = []",
      "for p in cases['patterns']:",
      "    try:",
      "        r = re.compile(p)",
      "    except re.error:",
      "        out.append(None)",
      "        continue",
      "    out.append([r.search(s) is not None for s in cases['inputs']])",
      "json.dump(out, open(sys.argv[2], 'w'))");

  private static List<List<Boolean>> run(Path dir, String engine, List<String> patterns, List<String> inputs)
      throws Exception {
    ObjectNode cases = PrettyJson.object();
    ArrayNode patternList = cases.putArray("patterns");
    patterns.forEach(patternList::add);
    ArrayNode inputList = cases.putArray("inputs");
    inputs.forEach(inputList::add);
    Path in = dir.resolve(engine + "-cases.json");
    Path out = dir.resolve(engine + "-out.json");
    Files.writeString(in, cases.toString());
    SiteTools.Run run = engine.equals("node")
        ? SiteTools.run(SiteTools.TOOLS, 120, SiteTools.node(SiteTools.TOOLS.resolve("regex.mjs").toString(), in.toString(), out.toString()))
        : SiteTools.run(dir, 120, "python3", "-c", PYTHON, in.toString(), out.toString());
    assertTrue(run.ok(), engine + " failed:\n" + run.output());
    List<List<Boolean>> results = new ArrayList<>();
    for (JsonNode row : PrettyJson.read(Files.readAllBytes(out))) {
      if (row.isNull()) {
        results.add(null);
        continue;
      }
      List<Boolean> values = new ArrayList<>();
      row.forEach(value -> values.add(value.booleanValue()));
      results.add(values);
    }
    return results;
  }
}
