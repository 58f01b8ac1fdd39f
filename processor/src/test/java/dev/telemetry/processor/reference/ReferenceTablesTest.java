package dev.telemetry.processor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reference tables committed in {@code docs/} are exactly what the code's descriptors render,
 * so the manual cannot drift from what the build prints. With {@code UPDATE_GOLDENS=1} the tables
 * are rewritten instead (then review and commit the diff).
 */
class ReferenceTablesTest {
  private static final Path DOCS = Path.of("..", "docs");

  @TestFactory
  Stream<DynamicTest> everyCommittedTableIsWhatTheCodeGenerates() {
    return ReferenceTables.all(DOCS).stream()
        .map(table -> DynamicTest.dynamicTest(table.region().name(), () -> check(table)));
  }

  private static void check(ReferenceTable table) throws IOException {
    String generated = table.markdown().get();
    if ("1".equals(System.getenv("UPDATE_GOLDENS"))) {
      table.region().write(table.source(), generated);
      return;
    }
    String committed = table.region().read();
    if (!committed.equals(generated)) {
      fail(
          "The " + table.region().name() + " table in docs/" + table.region().page().getFileName()
              + " differs from what " + table.source() + " generates. Refresh it from the repository root with:\n  "
              + ReferenceTables.REFRESH_COMMAND + "\nthen review and commit the diff.\nExpected:\n" + generated
              + "\nCommitted:\n" + committed);
    }
    assertEquals(generated, committed);
  }
}
