package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.Location;
import dev.telemetry.catalogue.validate.CatalogueValidator;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Loads and validates a catalogue file (YAML, or JSON by its {@code .json} extension or a first
 * character of <code>{</code>). Every problem of the file is reported together, in file order,
 * each with file:line:column; nothing but {@link CatalogueException} is ever thrown.
 */
public final class CatalogueLoader {
  private CatalogueLoader() {}

  /**
   * Loads the file at {@code path}; its name in messages is the path as given.
   *
   * @throws CatalogueException when the file cannot be read or is not a valid catalogue
   */
  public static LoadResult load(Path path) throws CatalogueException {
    Objects.requireNonNull(path, "path");
    String file = path.toString();
    String text;
    try {
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw readFailure(file, "The catalogue file does not exist.", "Check the path, or create the file.");
    } catch (CharacterCodingException e) {
      throw readFailure(file, "The catalogue file is not UTF-8 text.", "Save it with the UTF-8 encoding.");
    } catch (IOException | RuntimeException e) {
      throw readFailure(file, "The catalogue file cannot be read: " + e.getMessage(), "Check that the file is readable.");
    }
    return load(file, text);
  }

  /**
   * Loads catalogue text; {@code fileName} names it in messages and decides, by a {@code .json}
   * extension, that the text is JSON.
   *
   * @throws CatalogueException when the text is not a valid catalogue
   */
  public static LoadResult load(String fileName, String text) throws CatalogueException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    Problems problems = new Problems();
    Catalogue catalogue;
    try {
      catalogue = parseAndValidate(fileName, text, problems);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours must still surface as a catalogue problem, never as a crash of the caller.
      problems.error(ProblemCode.INTERNAL, new Location(fileName, 1, 1),
          "The catalogue could not be checked because the loader failed (" + e + ").",
          "Please report this as a bug, with the catalogue file.");
      catalogue = null;
    }
    if (catalogue == null && !problems.hasErrors()) {
      problems.error(ProblemCode.INTERNAL, new Location(fileName, 1, 1),
          "The catalogue could not be checked, and the loader gave no reason.",
          "Please report this as a bug, with the catalogue file.");
    }
    if (problems.hasErrors()) {
      throw new CatalogueException(problems.errors(), partial(catalogue, problems.errors()));
    }
    return new LoadResult(catalogue, problems.warnings());
  }

  private static Catalogue parseAndValidate(String fileName, String text, Problems problems) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Node root = SourceParser.parse(fileName, content, problems);
    return root == null ? null : CatalogueValidator.validate(fileName, root, problems);
  }

  /** What of a catalogue with errors is still usable; null when no model or no namespace came out. */
  private static PartialCatalogue partial(Catalogue catalogue, List<Problem> errors) {
    if (catalogue == null || catalogue.namespace() == null) {
      return null;
    }
    try {
      return PartialCatalogue.of(catalogue, errors);
    } catch (RuntimeException e) {
      return null; // the errors are what matters; a half-built model only adds to them
    }
  }

  private static CatalogueException readFailure(String file, String message, String fix) {
    return new CatalogueException(List.of(new Problem(ProblemCode.READ.code(), Location.unknown(file), message, fix)));
  }
}
