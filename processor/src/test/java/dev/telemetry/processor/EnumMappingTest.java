package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.internal.encode.EventEncodingException;
import dev.telemetry.runtime.event.EventWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A writer maps each Java enum constant to its catalogue value without a {@code switch}, so javac
 * compiles no extra class (the {@code $1} switch map) per writer, and a constant that the catalogue
 * does not declare, which only an enum compiled after the writer can hold, rejects the event.
 */
class EnumMappingTest {
  private static final String WRITER = "com.acme.TelemetryWriters$ReportExportedTelemetryWriter";
  private static final EventEncoder ENCODER = new EventEncoder(TelemetryConfig.builder().build());

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = TelemetryCompiler.javac()
        .withOptions("-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/acme.yaml"),
            "-Xlint:all,-processing", "-Werror")
        .compile(DiagnosticsTest.FORMAT, DiagnosticsTest.COLUMN, DiagnosticsTest.PLAN,
            DiagnosticsTest.exported("Owner owner"),
            TelemetryCompiler.source("com.acme.Owner", "package com.acme; public record Owner(int seats, Plan plan) {}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aWriterWithEnumsCompilesToOneClassFileWithoutASwitchMap() {
    List<String> classFiles = compilation.generatedFiles().stream()
        .filter(file -> file.getKind() == JavaFileObject.Kind.CLASS)
        .map(JavaFileObject::getName)
        .collect(Collectors.toList());

    assertTrue(classFiles.stream().anyMatch(name -> name.endsWith("/TelemetryWriters$ReportExportedTelemetryWriter.class")),
        classFiles::toString);
    // No numbered class (a switch map is one) beside any writer: neither TelemetryWriters and the
    // writers nested in it, nor the <Event>Writer of a generated event class.
    assertTrue(classFiles.stream().noneMatch(name -> name.matches(".*\\$[0-9]+\\.class")), classFiles::toString);
  }

  @Test
  void aDeprecatedConstantCompilesWithoutWarnings() {
    Compilation deprecated = TelemetryCompiler.javac()
        .withOptions("-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/acme.yaml"),
            "-Xlint:all,-processing", "-Werror")
        .compile(TelemetryCompiler.source("com.acme.Format",
                "package com.acme; public enum Format { CSV, @Deprecated PDF, X_LSX }"),
            DiagnosticsTest.COLUMN, DiagnosticsTest.exported(""));

    assertThat(deprecated).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"CSV, csv", "PDF, pdf", "X_LSX, x-lsx"})
  void everyConstantIsSentAsItsCatalogueValue(String constant, String catalogueValue) throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);

    String json = encode(classes, constant);

    assertTrue(json.contains("\"format\":\"" + catalogueValue + "\""), json);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"FREE, free", "TEAM, team", "ENTERPRISE, enterprise"})
  void everyConstantOfANestedTypeIsSentAsItsCatalogueValue(String constant, String catalogueValue) throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);
    Object plan = constant(classes, "com.acme.Plan", constant);
    Object owner = classes.construct("com.acme.Owner", 3, plan);

    String json = ENCODER.encode(writer(classes), event(classes, constant(classes, "com.acme.Format", "CSV"), owner), null).json();

    assertTrue(json.contains("\"plan\":\"" + catalogueValue + "\""), json);
  }

  @Test
  void aNullEnumValueIsRejectedAsRequired() throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);

    EventEncodingException rejected = assertThrows(EventEncodingException.class,
        () -> ENCODER.encode(writer(classes), event(classes, null, null), null));

    assertEquals("acme:report.exported: format is required but null", rejected.getMessage());
  }

  @Test
  void aNullEnumItemIsRejectedAsRequired() throws Exception {
    CompiledClasses classes = new CompiledClasses(compilation);
    Object format = constant(classes, "com.acme.Format", "PDF");
    Object event = classes.construct("com.acme.ReportExported", "usr_1", 10L, format, Arrays.asList((Object) null), false, null);

    EventEncodingException rejected = assertThrows(EventEncodingException.class,
        () -> ENCODER.encode(writer(classes), event, null));

    assertEquals("acme:report.exported: columns[] is required but null", rejected.getMessage());
  }

  @Test
  void aConstantAddedAfterTheWriterWasCompiledRejectsTheEventWithoutNamingIt() throws Exception {
    // The processor refuses a constant the catalogue lacks, so the enum changes after the writer was
    // compiled: the writer and event come from the first compile, Format from this one.
    Compilation changedEnum = Compiler.javac().compile(TelemetryCompiler.source("com.acme.Format",
        "package com.acme; public enum Format { CSV, PDF, X_LSX, DOCX }"));
    assertThat(changedEnum).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation, changedEnum);

    EventEncodingException rejected = assertThrows(EventEncodingException.class, () -> encode(classes, "DOCX"));

    assertEquals("acme:report.exported: format has a value the catalogue does not declare", rejected.getMessage());
  }

  /** The JSON of an event whose format is the constant {@code format} and that has no owner. */
  private static String encode(CompiledClasses classes, String format) throws ReflectiveOperationException {
    Object event = event(classes, constant(classes, "com.acme.Format", format), null);
    return ENCODER.encode(writer(classes), event, null).json();
  }

  private static Object event(CompiledClasses classes, Object format, Object owner) throws ReflectiveOperationException {
    return classes.construct("com.acme.ReportExported", "usr_1", 10L, format,
        List.of(constant(classes, "com.acme.Column", "AMOUNT")), false, owner);
  }

  @SuppressWarnings("unchecked")
  private static EventWriter<Object> writer(CompiledClasses classes) throws ReflectiveOperationException {
    return (EventWriter<Object>) classes.construct(WRITER);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(CompiledClasses classes, String enumName, String constant) throws ClassNotFoundException {
    return Enum.valueOf((Class) classes.loadClass(enumName), constant);
  }
}
