package dev.telemetry.catalogue.cli;

import dev.telemetry.catalogue.docs.DocsCommand;
import dev.telemetry.catalogue.evolution.DiffCommand;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code telemetry-catalogue} command: the main class of {@code telemetry-catalogue-cli.jar},
 * which {@code bin/telemetry-catalogue} runs. It only picks the subcommand; each subcommand parses
 * its own arguments and returns its own exit status.
 */
public final class TelemetryCatalogueCli {
  static final String USAGE =
      "usage: telemetry-catalogue COMMAND [ARGS]\n"
          + "  diff OLD NEW [--format markdown|json]   what changed in what is collected between two releases\n"
          + "  docs --catalogue FILE --out DIR [...]    write the published page and its files\n"
          + "run 'telemetry-catalogue COMMAND --help' for a command's arguments\n";

  private TelemetryCatalogueCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs {@code args}; returns the exit status (2 for a missing or unknown command). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("error: a command is required");
      err.print(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    return switch (args[0]) {
      case "diff" -> DiffCommand.run(rest, out, err);
      case "docs" -> DocsCommand.run(rest, out, err);
      case "--help", "-h", "help" -> {
        out.print(USAGE);
        yield 0;
      }
      default -> {
        err.println("error: unknown command '" + args[0] + "'");
        err.print(USAGE);
        yield 2;
      }
    };
  }
}
