package dev.telemetry.catalogue.load;

import dev.telemetry.catalogue.model.Catalogue;
import java.util.List;

/**
 * A catalogue that loaded, with the warnings found in it.
 *
 * @param catalogue the validated catalogue
 * @param warnings problems that do not prevent its use
 */
public record LoadResult(Catalogue catalogue, List<Problem> warnings) {
  public LoadResult {
    warnings = List.copyOf(warnings);
  }
}
