package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.telemetry.processor.TelemetryCompiler.compile;
import static dev.telemetry.processor.TelemetryCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of the processor's own: the code, the message, the file and the line. */
class DiagnosticsTest {
  static final JavaFileObject FORMAT = source("com.acme.Format", "package com.acme; public enum Format { CSV, PDF, X_LSX }");
  static final JavaFileObject PLAN = source("com.acme.Plan", "package com.acme; public enum Plan { FREE, TEAM, ENTERPRISE }");
  static final JavaFileObject COLUMN = source("com.acme.Column", "package com.acme; public enum Column { DATE, AMOUNT, STATUS }");

  /** A valid event class whose last component is {@code extra} (line 6), or nothing. */
  static JavaFileObject exported(String extra) {
    return source("com.acme.ReportExported", """
        package com.acme;
        import dev.telemetry.annotations.*;
        import java.util.List;
        @TelemetryEvent("acme:report.exported")
        public record ReportExported(String exportedBy, long rowCount, Format format, List<Column> columns,
            boolean scheduled%s) {}
        """.formatted(extra.isEmpty() ? "" : ", " + extra));
  }

  static Compilation compileExported(String extra, JavaFileObject... more) {
    JavaFileObject[] sources = new JavaFileObject[more.length + 3];
    sources[0] = FORMAT;
    sources[1] = COLUMN;
    sources[2] = exported(extra);
    System.arraycopy(more, 0, sources, 3, more.length);
    return compile("acme.yaml", sources);
  }

  @Test
  void aValidClassCompilesWithoutDiagnostics() {
    Compilation compilation = compileExported("");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com/acme/TelemetryWriters").contentsAsUtf8String()
        .contains("public static final class ReportExportedTelemetryWriter extends GeneratedEventWriter<ReportExported>");
  }

  @Test
  void catalogueNotFound() {
    Compilation compilation = TelemetryCompiler.javac().compile(FORMAT, COLUMN, exported(""));
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-CATALOGUE-NOT-FOUND] ReportExported is a @TelemetryEvent class but no catalogue was found")
        .inFile(exported(""))
        .onLine(4);
    assertThat(compilation).hadErrorContaining("-Atelemetry.catalogue=PATH");
  }

  @Test
  void catalogueOptionNamesAMissingFile() {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions("-Atelemetry.catalogue=does/not/exist.yaml")
        .compile(FORMAT, COLUMN, exported(""));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[TELEMETRY-CATALOGUE-UNREADABLE] the catalogue ");
    assertThat(compilation).hadErrorContaining("does/not/exist.yaml cannot be read: no such file");
  }

  @Test
  void catalogueAnnotationNamesAMissingResource() {
    JavaFileObject packageInfo = source("com.acme.package-info", """
        @TelemetryCatalogue("telemetry/missing.yaml")
        package com.acme;
        import dev.telemetry.annotations.TelemetryCatalogue;
        """);
    Compilation compilation = TelemetryCompiler.javac().compile(packageInfo, FORMAT);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-CATALOGUE-UNREADABLE] the catalogue telemetry/missing.yaml cannot be read: not found")
        .inFile(packageInfo)
        .onLine(1);
  }

  @Test
  void invalidCatalogueNamesFileLineAndColumn() {
    Compilation compilation = compile("broken.yaml", FORMAT);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContainingMatch("\\[CATALOGUE-[A-Z-]+\\] \\S*broken\\.yaml:7:5: .*emitted_when.*Fix: .*emitted-when");
  }

  @Test
  void catalogueWarningsAreJavacWarnings() {
    Compilation compilation = compile("warning.yaml", FORMAT);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContainingMatch("\\[TELEMETRY-PII-NAME\\] \\S*warning\\.yaml:11:\\d+: .*city");
  }

  @Test
  void catalogueAnnotationOnTwoPackages() {
    JavaFileObject first = source("com.acme.package-info", """
        @TelemetryCatalogue
        package com.acme;
        import dev.telemetry.annotations.TelemetryCatalogue;
        """);
    JavaFileObject second = source("com.other.package-info", """
        @TelemetryCatalogue
        package com.other;
        import dev.telemetry.annotations.TelemetryCatalogue;
        """);
    Compilation compilation = TelemetryCompiler.javac().compile(first, second);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-CATALOGUE-TWICE] @TelemetryCatalogue is on both package com.acme and package com.other")
        .inFile(second)
        .onLine(1);
  }

  @Test
  void invalidGeneratedPackage() {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions("-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/acme.yaml"), "-Atelemetry.package=1bad.name")
        .compile(FORMAT);
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-INVALID-PACKAGE] the package for generated code, 1bad.name (from -Atelemetry.package), is not a valid Java package name");
  }

  @Test
  void unknownEventSuggestsTheNearestName() {
    JavaFileObject event = source("com.acme.Exported", """
        package com.acme;
        import dev.telemetry.annotations.*;

        @TelemetryEvent("acme:report.exportd")
        public record Exported(String exportedBy) {}
        """);
    Compilation compilation = compile("acme.yaml", event);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-UNKNOWN-EVENT] Exported claims the event acme:report.exportd, which the catalogue")
        .inFile(event)
        .onLine(4);
    assertThat(compilation).hadErrorContaining("Did you mean acme:report.exported?");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void interfacesCannotBeEvents() {
    JavaFileObject event = source("com.acme.Exported", """
        package com.acme;
        import dev.telemetry.annotations.*;
        @TelemetryEvent("acme:report.exported")
        public interface Exported {}
        """);
    assertThat(compile("acme.yaml", event))
        .hadErrorContaining("[TELEMETRY-UNSUPPORTED-CLASS] @TelemetryEvent is on com.acme.Exported, which is an interface")
        .inFile(event)
        .onLine(3);
  }

  @Test
  void genericAndPrivateClassesCannotBeEvents() {
    JavaFileObject events = source("com.acme.Events", """
        package com.acme;
        import dev.telemetry.annotations.*;
        class Events {
          @TelemetryEvent("acme:report.exported")
          record Generic<T>(T exportedBy) {}

          @TelemetryEvent("acme:report.deleted")
          private record Hidden(long ageDays) {}
        }
        """);
    Compilation compilation = compile("acme.yaml", events);
    assertThat(compilation).hadErrorContaining("which is generic").inFile(events).onLine(4);
    assertThat(compilation).hadErrorContaining("which is private").inFile(events).onLine(7);
  }

  @Test
  void twoClassesClaimingOneEvent() {
    JavaFileObject second = source("com.acme.AlsoExported", """
        package com.acme;
        import dev.telemetry.annotations.*;
        @TelemetryEvent("acme:report.exported")
        public record AlsoExported(String exportedBy) {}
        """);
    Compilation compilation = compileExported("", second);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-DUPLICATE-CLAIM] AlsoExported claims the event acme:report.exported, "
            + "which com.acme.ReportExported already claims")
        .inFile(second)
        .onLine(3);
  }

  @Test
  void afterACatalogueErrorTheClassesOfUntouchedEventsAreStillChecked() {
    JavaFileObject deleted = source("com.acme.ReportDeleted", """
        package com.acme;
        import dev.telemetry.annotations.*;
        @TelemetryEvent("acme:report.deleted")
        public record ReportDeleted(long ageDays, String notInTheCatalogue) {}
        """);
    Compilation compilation = compile("acme-one-event-broken.yaml", FORMAT, COLUMN, exported("int pageCount"), deleted);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContainingMatch(
        "\\[CATALOGUE-UNKNOWN-KEY\\] \\S*acme-one-event-broken\\.yaml:35:5: .*emitted_when");
    // The class of the intact event is checked against the rest of the catalogue, in the same build.
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-UNDECLARED-PROPERTY] acme:report.exported -> page_count: pageCount would be sent")
        .inFile(exported("int pageCount"))
        .onLine(6);
    // The class of the broken event is not judged against a definition the error left half read.
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void undeclaredProperty() {
    Compilation compilation = compileExported("int pageCount");
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-UNDECLARED-PROPERTY] acme:report.exported -> page_count: pageCount would be sent "
            + "as page_count, which the catalogue does not declare for acme:report.exported.")
        .inFile(exported("int pageCount"))
        .onLine(6);
  }

  @Test
  void undeclaredRenamedPropertyPointsAtTheAnnotationAndSuggests() {
    String extra = "@TelemetryProperty(\"row_cont\") long rows";
    Compilation compilation = compileExported(extra);
    assertThat(compilation)
        .hadErrorContaining("rows would be sent as row_cont, which the catalogue does not declare for acme:report.exported. "
            + "Did you mean row_count?")
        .inFile(exported(extra))
        .onLine(6);
  }

  @Test
  void missingRequiredProperty() {
    JavaFileObject event = source("com.acme.Deleted", """
        package com.acme;
        import dev.telemetry.annotations.*;
        @TelemetryEvent("acme:report.deleted")
        public record Deleted(long ageDays) {}
        """);
    assertThat(compile("acme.yaml", event))
        .hadErrorContaining("[TELEMETRY-MISSING-PROPERTY] acme:report.deleted -> reason: the required property reason is "
            + "not sent by Deleted. Fix: add a member named reason")
        .inFile(event)
        .onLine(4);
  }

  @Test
  void twoMembersSentUnderOneName() {
    String extra = "@TelemetryProperty(\"row_count\") long rows";
    assertThat(compileExported(extra))
        .hadErrorContaining("[TELEMETRY-DUPLICATE-PROPERTY] acme:report.exported -> row_count: rowCount and rows would "
            + "both be sent as row_count")
        .inFile(exported(extra))
        .onLine(6);
  }

  @Test
  void javaTypeThatDoesNotFit() {
    JavaFileObject event = source("com.acme.Deleted", """
        package com.acme;
        import dev.telemetry.annotations.*;
        @TelemetryEvent("acme:report.deleted")
        public record Deleted(
            String ageDays,
            String reason) {}
        """);
    Compilation compilation = compile("acme.yaml", event);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-TYPE-MISMATCH] acme:report.deleted -> age_days: the catalogue declares integer, "
            + "but ageDays has type String. Fix: use int or long")
        .inFile(event)
        .onLine(5);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void optionalPropertyNeedsATypeThatCanBeAbsent() {
    String extra = "double ratio";
    assertThat(compileExported(extra))
        .hadErrorContaining("acme:report.exported -> ratio: the catalogue declares number, but ratio has type double. Fix: use "
            + "a boxed type or an Optional (the property is optional: required: false)")
        .inFile(exported(extra))
        .onLine(6);
  }

  @Test
  void arrayItemsOfTheWrongType() {
    JavaFileObject event = source("com.acme.ReportExported", """
        package com.acme;
        import dev.telemetry.annotations.*;
        import java.util.Set;
        @TelemetryEvent("acme:report.exported")
        public record ReportExported(String exportedBy, long rowCount, Format format, Set<Integer> columns,
            boolean scheduled) {}
        """);
    assertThat(compile("acme.yaml", FORMAT, event))
        .hadErrorContaining("acme:report.exported -> columns[]: the catalogue declares enum [date, amount, status], but "
            + "each item of columns has type Integer")
        .inFile(event)
        .onLine(5);
  }

  @Test
  void enumConstantWithoutCatalogueValue() {
    JavaFileObject column = source("com.acme.Column", """
        package com.acme;
        public enum Column {
          DATE,
          AMOUNT,
          OWNER_NAME
        }
        """);
    Compilation compilation = compile("acme.yaml", FORMAT, column, exported(""));
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-ENUM-CONSTANT] acme:report.exported -> columns[]: the constant OWNER_NAME of Column "
            + "matches none of the catalogue values [date, amount, status]")
        .inFile(column)
        .onLine(5);
  }

  @Test
  void privateFieldWithoutAccessor() {
    JavaFileObject event = source("com.acme.Deleted", """
        package com.acme;
        import dev.telemetry.annotations.*;
        @TelemetryEvent("acme:report.deleted")
        public class Deleted {
          private final long ageDays = 3;
          private final String reason = "manual";

          public long getAgeDays() {
            return ageDays;
          }
        }
        """);
    Compilation compilation = compile("acme.yaml", event);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-NO-ACCESSOR] acme:report.deleted -> reason: the field reason is private and has no "
            + "accessor that the generated writer can call. Fix: add a non-private accessor getReason() in Deleted")
        .inFile(event)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void objectsRawListsAndJsonTreesAreSchemaEscapesAtAnyDepth() {
    JavaFileObject nested = source("com.acme.Owner", """
        package com.acme;
        public record Owner(
            int seats,
            Plan plan,
            Object anything,
            java.util.List rawList,
            com.fasterxml.jackson.databind.JsonNode tree) {}
        """);
    Compilation compilation = compileExported("Owner owner", PLAN, nested);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-SCHEMA-ESCAPE] acme:report.exported -> owner.anything: property 'anything' is a "
            + "java.lang.Object")
        .inFile(nested)
        .onLine(5);
    assertThat(compilation)
        .hadErrorContaining("acme:report.exported -> owner.raw_list: property 'rawList' is a raw java.util.List")
        .inFile(nested)
        .onLine(6);
    assertThat(compilation)
        .hadErrorContaining("acme:report.exported -> owner.tree: property 'tree' is a com.fasterxml.jackson.databind.JsonNode")
        .inFile(nested)
        .onLine(7);
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void aTypeThatNeverAppears() {
    String extra = "NeverGenerated later";
    Compilation compilation = compileExported(extra);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-UNRESOLVED-TYPE] acme:report.exported: the type of later")
        .inFile(exported(extra))
        .onLine(6);
  }

  @Test
  void eventClassGeneratedAfterTheIndex() {
    Compilation compilation = TelemetryCompiler.javac()
        .withProcessors(new TelemetryProcessor(), new LateSourceProcessor("com.acme.Late", """
            package com.acme;
            @dev.telemetry.annotations.TelemetryEvent("acme:report.deleted")
            public record Late(long ageDays, String reason) {}
            """))
        .withOptions("-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/acme.yaml"))
        .compile(FORMAT, COLUMN, exported(""));
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-LATE-EVENT-CLASS] com.acme.Late appeared in a later round of annotation processing");
  }

  @Test
  void generatedFileThatAlreadyExists() {
    JavaFileObject clash = source("telemetry.acme.AcmeEventIndex", """
        package telemetry.acme;
        public class AcmeEventIndex {}
        """);
    Compilation compilation = compileExported("", clash);
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-WRITE-FAILED] could not write the generated file telemetry.acme.AcmeEventIndex");
  }

  @Test
  void aClassOfTheUserNamedLikeTheWritersClass() {
    JavaFileObject clash = source("com.acme.TelemetryWriters", """
        package com.acme;
        public class TelemetryWriters {}
        """);
    Compilation compilation = compileExported("", clash);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[TELEMETRY-WRITERS-CLASS-TAKEN] com.acme.TelemetryWriters is a class of yours, but the "
            + "processor generates the writers of the @TelemetryEvent classes of package com.acme in a class of that "
            + "name. Fix: rename your class.")
        .inFile(clash)
        .onLine(2);
  }

  @Test
  void anExceptionInsideTheProcessorIsOneErrorAskingForAReport() {
    Compilation compilation = TelemetryCompiler.javac()
        .withProcessors(new FailingFilerProcessor(new TelemetryProcessor()))
        .withOptions("-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/acme.yaml"))
        .compile(FORMAT, COLUMN, exported(""));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(
        "[TELEMETRY-INTERNAL-ERROR] the telemetry processor failed unexpectedly (IllegalStateException: the file "
            + "system is read-only");
    assertThat(compilation).hadErrorContaining("This is a bug in telemetry-processor: please report it");
  }
}
