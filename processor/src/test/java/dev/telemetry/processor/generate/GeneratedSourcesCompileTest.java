package dev.telemetry.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.processor.generate.CatalogueFixture.Event;
import dev.telemetry.processor.generate.CatalogueFixture.Prop;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Compiles generated sources with real javac under {@code -Xlint:all -Werror}. */
class GeneratedSourcesCompileTest {
  private static final String PACKAGE = GeneratedCode.PACKAGE;

  @Test
  void wholeExampleCatalogueCompilesWithoutWarnings() {
    GeneratedSources sources = CatalogueCodeGenerator.generate(ExampleCatalogue.model(), PACKAGE, Set.of());

    Compilation compilation = GeneratedCode.compile(sources);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(names(sources)).containsExactly(
        "RequestCreated", "RequestCreatedWriter", "RequestReviewed", "RequestReviewedWriter",
        "RequestRevoked", "RequestRevokedWriter", "RuleArchived", "RuleArchivedWriter",
        "RuleCreated", "RuleCreatedWriter", "RuleUpdated", "RuleUpdatedWriter",
        "UserInfoIdentify", "UserInfoIdentifyWriter", "DeploymentGroupIdentify", "DeploymentGroupIdentifyWriter",
        "Timing").inOrder();
    assertThat(sources.writers()).containsExactly(
        ClassName.get(PACKAGE, "RequestCreatedWriter"), ClassName.get(PACKAGE, "RequestReviewedWriter"),
        ClassName.get(PACKAGE, "RequestRevokedWriter"), ClassName.get(PACKAGE, "RuleArchivedWriter"),
        ClassName.get(PACKAGE, "RuleCreatedWriter"), ClassName.get(PACKAGE, "RuleUpdatedWriter"),
        ClassName.get(PACKAGE, "UserInfoIdentifyWriter"), ClassName.get(PACKAGE, "DeploymentGroupIdentifyWriter"))
        .inOrder();
  }

  @Test
  void stagedBuilderReadsLikeTheCatalogue() {
    Compilation compilation = compileWithCaller("""
        RequestRevoked event = RequestRevoked.builder()
            .requestedBy("usr_1")
            .revokedBy("usr_2")
            .requestId("req_1")
            .accessGroupCount(3)
            .hasReason(true)
            .build();
        UserInfoIdentify user = UserInfoIdentify.builder()
            .distinctId("usr_1")
            .groupCount(2)
            .role(UserInfoIdentify.Role.ADMIN)
            .availableRules(1)
            .build();
        """);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void leavingOutARequiredPropertyDoesNotCompile() {
    Compilation compilation = compileWithCaller("""
        RequestRevoked event = RequestRevoked.builder()
            .requestedBy("usr_1")
            .requestId("req_1")
            .accessGroupCount(3)
            .hasReason(true)
            .build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("requestId");
    assertThat(compilation).hadErrorContaining("RevokedByStage");
  }

  @Test
  void buildingBeforeTheLastRequiredPropertyDoesNotCompile() {
    Compilation compilation = compileWithCaller("""
        RequestRevoked event = RequestRevoked.builder()
            .requestedBy("usr_1")
            .revokedBy("usr_2")
            .requestId("req_1")
            .accessGroupCount(3)
            .build();
        """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("build()");
  }

  @Test
  void claimedEventsGetNoClassAndUnusedNamedTypesNoRecord() {
    GeneratedSources sources = CatalogueCodeGenerator.generate(
        ExampleCatalogue.model(), PACKAGE, Set.of("cf:request.reviewed", "cf:rule.created", "cf:rule.updated"));

    assertThat(names(sources)).containsExactly(
        "RequestCreated", "RequestCreatedWriter", "RequestRevoked", "RequestRevokedWriter",
        "RuleArchived", "RuleArchivedWriter", "UserInfoIdentify", "UserInfoIdentifyWriter",
        "DeploymentGroupIdentify", "DeploymentGroupIdentifyWriter").inOrder();
    assertThat(GeneratedCode.compile(sources)).succeededWithoutWarnings();
  }

  @Test
  void clashingNamesGetNumberedAndStillCompile() {
    Catalogue catalogue = new CatalogueFixture("cf")
        .type("request_created", "A type whose class name clashes with an event.",
            Prop.string("class").pattern("^[a-z]+$").describe("A keyword as a property name."))
        .event(Event.named("cf:request.created").purpose("Counts requests.").properties(
            Prop.named("request_created", "request_created").describe("Uses the clashing type."),
            Prop.enumOf("builder", "a-b", "a_b", "2fa", "class").describe("Clashing constants."),
            Prop.string("hash_code").pattern("^x$").describe("An Object method name."),
            Prop.string("wait").pattern("^x$").optional().describe("A final Object method.")))
        .event(Event.named("cf:request_created").purpose("Counts again.").properties(
            Prop.integer("count").describe("Anything.")))
        .event(Event.named("cf:request.created_writer").purpose("Clashes with the first writer.").properties())
        .build();

    GeneratedSources sources = CatalogueCodeGenerator.generate(catalogue, PACKAGE, Set.of());

    assertThat(names(sources)).containsExactly(
        "RequestCreated", "RequestCreatedWriter", "RequestCreated2", "RequestCreated2Writer",
        "RequestCreatedWriter2", "RequestCreatedWriter2Writer", "RequestCreated3").inOrder();
    assertThat(GeneratedCode.compile(sources)).succeededWithoutWarnings();
  }

  @Test
  void everyPropertyTypeCompiles() {
    Catalogue catalogue = new CatalogueFixture("acme")
        .type("window", "A time window.",
            Prop.timestamp("starts_at").describe("Start."),
            Prop.duration("length").optional().describe("Length."),
            Prop.array("labels", Prop.enumOf("item", "x", "y"), null).optional().describe("Labels."))
        .type("schedule", "Nested named types.",
            Prop.array("windows", Prop.named("item", "window"), 10).describe("Windows."))
        .event(Event.named("acme:job.finished").purpose("Tells how jobs go.").givenDistinctId("usr").properties(
            Prop.integer("owner_id").hash("own").describe("A hashed number."),
            Prop.integer("retries").optional().describe("Optional number."),
            Prop.number("ratio").optional().describe("Optional double."),
            Prop.bool("ok").optional().describe("Optional boolean."),
            Prop.timestamp("finished_at").optional().describe("When."),
            Prop.duration("took").describe("How long."),
            Prop.array("matrix", Prop.array("item", Prop.integer("item"), null), null).describe("Nested lists."),
            Prop.array("deep", Prop.array("item", Prop.array("item", Prop.string("item").hash("tag"), null), null), null)
                .optional().describe("Deeper lists of hashed strings."),
            Prop.array("tags", Prop.string("item").hash("tag"), null).optional().describe("Hashed list."),
            Prop.named("schedule", "schedule").optional().describe("A schedule.")))
        .build();

    GeneratedSources sources = CatalogueCodeGenerator.generate(catalogue, PACKAGE, Set.of());

    assertThat(names(sources)).containsExactly("JobFinished", "JobFinishedWriter", "Window", "Schedule").inOrder();
    assertThat(GeneratedCode.compile(sources)).succeededWithoutWarnings();
  }

  private static Compilation compileWithCaller(String body) {
    GeneratedSources sources = CatalogueCodeGenerator.generate(ExampleCatalogue.model(), PACKAGE, Set.of());
    JavaFileObject caller = JavaFileObjects.forSourceString(PACKAGE + ".Caller", "package " + PACKAGE + ";\n"
        + "class Caller {\n  void call() {\n" + body.indent(4) + "  }\n}\n");
    return GeneratedCode.compile(sources, caller);
  }

  private static List<String> names(GeneratedSources sources) {
    return sources.files().stream().map(JavaFile::typeSpec).map(type -> type.name()).toList();
  }
}
