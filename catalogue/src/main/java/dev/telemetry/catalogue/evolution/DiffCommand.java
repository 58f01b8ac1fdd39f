package dev.telemetry.catalogue.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code telemetry-catalogue diff OLD NEW}: what changed in what is collected between two releases,
 * for docs pipelines and CI. Each side is a published {@code catalogue.json} or a catalogue file
 * (YAML or JSON), which is published first; the changes are printed as Markdown or JSON.
 */
public final class DiffCommand {
  static final String USAGE =
      "usage: telemetry-catalogue diff OLD NEW [--format markdown|json]\n"
          + "  OLD, NEW           a published catalogue.json, or a catalogue file (YAML or JSON)\n"
          + "  --format FORMAT    markdown (default) or json\n"
          + "exit status: 0 printed, 1 a file cannot be read or is not a valid catalogue, 2 bad arguments\n";

  private DiffCommand() {}

  /** Runs the command with the arguments after {@code diff}. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command with the arguments after {@code diff}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String format = "markdown";
    Path old = null;
    Path now = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(USAGE);
        return 0;
      } else if (arg.equals("--format")) {
        if (i + 1 == args.length) {
          return usage(err, "--format needs a value");
        }
        format = args[++i];
      } else if (arg.startsWith("-")) {
        return usage(err, "unknown argument '" + arg + "'");
      } else if (old == null) {
        old = Path.of(arg);
      } else if (now == null) {
        now = Path.of(arg);
      } else {
        return usage(err, "more than two files");
      }
    }
    if (old == null || now == null) {
      return usage(err, "OLD and NEW are required");
    }
    if (!format.equals("markdown") && !format.equals("json")) {
      return usage(err, "--format is markdown or json, not '" + format + "'");
    }
    List<CatalogueChange> changes;
    try {
      changes = CatalogueDiff.between(published(old), published(now));
    } catch (CatalogueException e) {
      e.problems().forEach(problem -> err.println("error: " + problem));
      return 1;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    out.print(format.equals("json") ? json(changes) : markdown(changes));
    return 0;
  }

  /** A catalogue.json as it is, or a catalogue file as it would be published. */
  static JsonNode published(Path file) throws IOException, CatalogueException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("cannot read " + file + ": no such file");
    }
    String text = Files.readString(file);
    if (text.stripLeading().startsWith("{")) {
      JsonNode json = new ObjectMapper().readTree(text);
      // A published catalogue.json has its layout version; a catalogue source written in JSON has not.
      if (json.has("format") && json.path("events").isObject()) {
        return json;
      }
    }
    return ChangeGate.published(CatalogueLoader.load(file).catalogue());
  }

  static String markdown(List<CatalogueChange> changes) {
    if (changes.isEmpty()) {
      return "No change in what is collected.\n";
    }
    StringBuilder text = new StringBuilder("| kind | change |\n|---|---|\n");
    for (CatalogueChange change : changes) {
      text.append("| ").append(change.kind().key()).append(" | ")
          .append(change.what().replace("|", "\\|")).append(" |\n");
    }
    return text.toString();
  }

  static String json(List<CatalogueChange> changes) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("changes");
    for (CatalogueChange change : changes) {
      ObjectNode node = list.addObject().put("kind", change.kind().key()).put("what", change.what());
      if (change.event() != null) {
        node.put("event", change.event());
      }
      if (change.property() != null) {
        node.put("property", change.property());
      }
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("error: " + problem);
    err.print(USAGE);
    return 2;
  }
}
