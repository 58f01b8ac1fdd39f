package dev.telemetry.catalogue.docs;

import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.CatalogueLoader;
import dev.telemetry.catalogue.load.LoadResult;
import dev.telemetry.catalogue.load.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line of {@code telemetry-catalogue docs} and {@link DocsGenerator#main}: parses
 * arguments, loads, generates, reports.
 */
public final class DocsCommand {
  static final String USAGE =
      "usage: telemetry-catalogue docs --catalogue FILE --out DIR [--env-prefix PREFIX] [--product NAME] [--flavor github|mkdocs|docusaurus]\n"
          + "  --catalogue FILE     the catalogue (YAML or JSON)\n"
          + "  --out DIR            the folder to write telemetry.md, telemetry.html, catalogue.json,\n"
          + "                       schemas/ and examples/ into\n"
          + "  --env-prefix PREFIX  the product's environment variable prefix (default TELEMETRY)\n"
          + "  --product NAME       the product named in the pages (default: the catalogue's product)\n"
          + "  --flavor NAME        the site generator of telemetry.md: github (default), mkdocs, docusaurus\n";

  private DocsCommand() {}

  /** Runs the command; returns the exit status (0 written, 1 invalid catalogue or I/O error, 2 bad arguments). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path catalogueFile = null;
    Path outDir = null;
    DocsOptions options = DocsOptions.defaults();
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--catalogue" -> catalogueFile = Path.of(value(args, ++i, arg));
          case "--out" -> outDir = Path.of(value(args, ++i, arg));
          case "--env-prefix" -> options = options.withEnvPrefix(value(args, ++i, arg));
          case "--flavor" -> options = options.withFlavor(DocsFlavor.of(value(args, ++i, arg)));
          case "--product" -> options = options.withProductName(value(args, ++i, arg));
          case "--help", "-h" -> {
            out.print(USAGE);
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
        }
      }
      if (catalogueFile == null || outDir == null) {
        throw new IllegalArgumentException("--catalogue and --out are required");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    try {
      LoadResult loaded = CatalogueLoader.load(catalogueFile);
      for (Problem warning : loaded.warnings()) {
        err.println("warning: " + warning);
      }
      List<Path> written = new DocsGenerator(options.withOutputDir(outDir)).write(loaded.catalogue());
      out.println("wrote " + written.size() + " files to " + outDir);
      return 0;
    } catch (CatalogueException e) {
      for (Problem problem : e.problems()) {
        err.println("error: " + problem);
      }
      return 1;
    } catch (IOException e) {
      err.println("error: cannot write the docs to " + outDir + ": " + e.getMessage());
      return 1;
    }
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }
}
