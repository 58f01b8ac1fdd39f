package dev.telemetry.catalogue.validate;

import java.io.InputStream;

/**
 * The JSON Schema (draft 2020-12) of the catalogue format, shipped in this jar so that editors
 * with a YAML language server autocomplete and check catalogue files, and so that tools can
 * publish it next to the generated docs.
 */
public final class CatalogueSchema {
  /** The class-path location of the schema. */
  public static final String RESOURCE = "dev/telemetry/catalogue/catalogue.schema.json";

  private CatalogueSchema() {}

  /** Opens the schema; the caller closes the stream. */
  public static InputStream open() {
    InputStream in = CatalogueSchema.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the catalogue schema " + RESOURCE + " is missing from the class path");
    }
    return in;
  }
}
