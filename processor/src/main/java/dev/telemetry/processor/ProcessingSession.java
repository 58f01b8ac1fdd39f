package dev.telemetry.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.annotations.TelemetryCatalogue;
import dev.telemetry.annotations.TelemetryEvent;
import dev.telemetry.catalogue.load.CatalogueException;
import dev.telemetry.catalogue.load.LoadResult;
import dev.telemetry.catalogue.load.PartialCatalogue;
import dev.telemetry.catalogue.load.Problem;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import dev.telemetry.processor.check.CheckContext;
import dev.telemetry.processor.check.ClaimRegistry;
import dev.telemetry.processor.check.EventClassChecker;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.DiagnosticReporter;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.docs.CatalogueDocs;
import dev.telemetry.processor.generate.CatalogueCodeGenerator;
import dev.telemetry.processor.generate.GeneratedSources;
import dev.telemetry.processor.index.EventIndexGenerator;
import dev.telemetry.processor.lifecycle.BaselineGate;
import dev.telemetry.processor.lifecycle.BuildDay;
import dev.telemetry.processor.lifecycle.ExpiryGate;
import dev.telemetry.processor.index.PreviousIndex;
import dev.telemetry.processor.locate.CatalogueAnnotation;
import dev.telemetry.processor.locate.CatalogueLocator;
import dev.telemetry.processor.locate.GeneratedPackage;
import dev.telemetry.processor.model.JavaTypes;
import dev.telemetry.processor.options.ProcessorOption;
import dev.telemetry.processor.writer.EventWriterGenerator;
import dev.telemetry.processor.writer.WritersFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * One compilation's run of the processor, round by round.
 *
 * <p>The first round finds and loads the catalogue, writes its documentation, records which class
 * claims which event (including classes compiled earlier, in a partial compile), generates the
 * catalogue's own event classes, and checks every {@code @TelemetryEvent} class, planning its
 * writer. A class whose member types do not exist yet is deferred to the next round; the writers
 * (one {@link WritersFile} per package) and the event index are written in the first round that
 * leaves nothing deferred; what is still deferred when processing ends is an error on that class.
 */
final class ProcessingSession {
  private final ProcessingEnvironment env;
  private final DiagnosticReporter reporter;
  private final Elements elements;
  private final Filer filer;
  private final BuildDay buildDay;
  private final CheckContext context;
  private final ClaimRegistry claims = new ClaimRegistry();
  private final EventWriterGenerator writerGenerator;
  private final Set<String> seenEventClasses = new LinkedHashSet<>();
  private final Map<String, TypeElement> deferred = new LinkedHashMap<>();
  /** Every writer the index lists, by canonical name (cheaper to hash than a {@link ClassName}). */
  private final Map<String, ClassName> writers = new LinkedHashMap<>();
  private final Set<String> annotatedClasses = new LinkedHashSet<>();
  private final List<TypeElement> originating = new ArrayList<>();
  private final Map<String, List<TypeSpec>> packageWriters = new TreeMap<>();
  private final Map<String, List<TypeElement>> packageSources = new LinkedHashMap<>();

  private boolean started;
  private Catalogue catalogue;
  private PersonalDataPolicy policy;
  private EventClassChecker checker;
  private ClassName indexName;
  private boolean indexWritten;
  /**
   * Set when the catalogue has errors: the classes whose events no error touches are still checked,
   * so that one build shows every error, but nothing is generated from a broken catalogue.
   */
  private PartialCatalogue checkOnly;

  ProcessingSession(ProcessingEnvironment env, DiagnosticReporter reporter, BuildDay buildDay) {
    this.env = env;
    this.buildDay = buildDay;
    this.reporter = reporter;
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.context = new CheckContext(reporter, new JavaTypes(elements, env.getTypeUtils()));
    this.writerGenerator = new EventWriterGenerator(elements, env.getTypeUtils());
  }

  /** Processes one round. */
  void round(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      TypeElement outermost = JavaTypes.outermostType(root);
      if (outermost != null) {
        context.addCompiledType(outermost);
      }
    }
    List<TypeElement> newClasses = eventClasses(round);
    boolean firstRound = !started;
    if (firstRound) {
      started = true;
      start(round, newClasses);
    } else if (!newClasses.isEmpty()) {
      for (TypeElement late : newClasses) {
        if (seenEventClasses.add(late.getQualifiedName().toString())) {
          reporter.report(Diagnostic.LATE_EVENT_CLASS, EventClassChecker.eventNamePosition(late), late.getQualifiedName());
        }
      }
    }
    if (checker == null) {
      return;
    }
    checkDeferred(firstRound, round.processingOver());
    if (!indexWritten && checkOnly == null && deferred.isEmpty() && !round.processingOver()) {
      writeIndex();
    }
  }

  private void start(RoundEnvironment round, List<TypeElement> newClasses) {
    newClasses.forEach(type -> seenEventClasses.add(type.getQualifiedName().toString()));
    CatalogueAnnotation annotation = catalogueAnnotation(round);
    Catalogue loaded = loadCatalogue(annotation, newClasses);
    if (loaded == null) {
      if (checkOnly != null) {
        checkAgainstPartial(newClasses);
      }
      return;
    }
    new ExpiryGate(reporter, env.getOptions(), buildDay).check(loaded);
    new BaselineGate(reporter, env.getOptions(), Path.of("").toAbsolutePath()).check(loaded);
    new CatalogueDocs(filer, env.getOptions(), reporter, Path.of("").toAbsolutePath()).write(loaded);
    GeneratedPackage generatedPackage =
        GeneratedPackage.choose(ProcessorOption.PACKAGE.valueIn(env.getOptions()), annotation, loaded.namespace());
    if (!generatedPackage.valid()) {
      reporter.report(
          Diagnostic.INVALID_PACKAGE,
          annotation == null ? Position.none() : Position.of(annotation.pkg(), annotation.mirror()),
          generatedPackage.name(),
          generatedPackage.origin());
      return;
    }
    catalogue = loaded;
    indexName = EventIndexGenerator.indexName(generatedPackage.name(), catalogue.namespace());
    policy = PersonalDataPolicy.of(catalogue.policy());
    checker = new EventClassChecker(context, catalogue, policy);
    claimEarlierClasses(newClasses);
    for (TypeElement type : newClasses) {
      claim(type);
    }
    try {
      GeneratedSources generated =
          CatalogueCodeGenerator.generate(catalogue, generatedPackage.name(), claims.claimedEvents());
      generated.files().forEach(this::write);
      generated.writers().forEach(this::listWriter);
    } catch (IllegalArgumentException e) {
      // The generator's documented refusal of a catalogue it cannot express in Java.
      reporter.report(Diagnostic.CATALOGUE_NOT_GENERATED, Position.none(), catalogue.file(), e.getMessage());
    }
    for (TypeElement type : newClasses) {
      deferred.put(type.getQualifiedName().toString(), type);
    }
  }

  /** After a catalogue error: checks the classes whose events the errors leave intact, generates nothing. */
  private void checkAgainstPartial(List<TypeElement> newClasses) {
    catalogue = checkOnly.catalogue();
    policy = PersonalDataPolicy.of(catalogue.policy());
    checker = new EventClassChecker(context, catalogue, policy);
    for (TypeElement type : newClasses) {
      if (checkOnly.usable(EventClassChecker.eventName(type))) {
        claim(type);
        deferred.put(type.getQualifiedName().toString(), type);
      }
    }
  }

  /**
   * Checks every deferred class whose types are now resolved; at the end, reports the rest. In the
   * first round the elements are this round's own; later rounds look each class up again, as
   * elements of an earlier round must not be reused.
   */
  private void checkDeferred(boolean firstRound, boolean last) {
    for (String name : List.copyOf(deferred.keySet())) {
      TypeElement type = firstRound ? deferred.get(name) : elements.getTypeElement(name);
      if (type == null) {
        deferred.remove(name);
        continue;
      }
      EventClassChecker.Outcome.Deferred missing = checker.unresolved(type);
      if (missing != null) {
        if (last) {
          deferred.remove(name);
          reporter.report(
              Diagnostic.UNRESOLVED_TYPE,
              Position.of(missing.member()),
              EventClassChecker.eventName(type),
              missing.member().getSimpleName(),
              missing.type());
        }
        continue;
      }
      deferred.remove(name);
      if (checker.check(type) instanceof EventClassChecker.Outcome.Checked checked && checked.plan() != null
          && checkOnly == null) {
        addWriter(type, writerGenerator.generate(checked.plan()));
        packageSources.computeIfAbsent(packageOf(type), key -> new ArrayList<>()).add(type);
        originating.add(type);
      }
    }
  }

  private List<TypeElement> eventClasses(RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(TelemetryEvent.class.getCanonicalName());
    if (annotation == null) {
      return List.of();
    }
    List<TypeElement> classes = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (element instanceof TypeElement type) {
        classes.add(type);
      }
    }
    return classes;
  }

  private CatalogueAnnotation catalogueAnnotation(RoundEnvironment round) {
    TypeElement annotationType = elements.getTypeElement(TelemetryCatalogue.class.getCanonicalName());
    if (annotationType == null) {
      return null;
    }
    CatalogueAnnotation first = null;
    for (Element element : round.getElementsAnnotatedWith(annotationType)) {
      if (element.getKind() != ElementKind.PACKAGE) {
        continue;
      }
      CatalogueAnnotation found = CatalogueAnnotation.on((PackageElement) element);
      if (first == null) {
        first = found;
      } else {
        reporter.report(
            Diagnostic.CATALOGUE_DECLARED_TWICE,
            Position.of(found.pkg(), found.mirror()),
            first.pkg().getQualifiedName(),
            found.pkg().getQualifiedName());
      }
    }
    return first;
  }

  /** Finds and loads the catalogue; reports why not and returns null when there is none to use. */
  private Catalogue loadCatalogue(CatalogueAnnotation annotation, List<TypeElement> eventClasses) {
    CatalogueLocator locator = new CatalogueLocator(filer, Path.of("").toAbsolutePath());
    String option = ProcessorOption.CATALOGUE.valueIn(env.getOptions());
    Position catalogueSite = annotation == null ? Position.none() : Position.of(annotation.pkg(), annotation.mirror());
    CatalogueLocator.Result result = locator.locate(option, annotation == null ? null : annotation.catalogue());
    if (result instanceof CatalogueLocator.Result.Unreadable unreadable) {
      reporter.report(Diagnostic.CATALOGUE_UNREADABLE, option != null ? Position.none() : catalogueSite,
          unreadable.name(), unreadable.reason());
      return null;
    }
    if (result instanceof CatalogueLocator.Result.Missing missing) {
      if (annotation != null && annotation.catalogue() != null) {
        reporter.report(
            Diagnostic.CATALOGUE_UNREADABLE,
            Position.of(annotation.pkg(), annotation.mirror(), annotation.valueOf("value")),
            annotation.catalogue(),
            "not found (looked for " + String.join(", ", missing.searched()) + ")");
      } else {
        for (TypeElement type : eventClasses) {
          reporter.report(
              Diagnostic.CATALOGUE_NOT_FOUND,
              EventClassChecker.eventNamePosition(type),
              type.getSimpleName(),
              String.join(", ", missing.searched()));
        }
      }
      return null;
    }
    try {
      LoadResult loaded = ((CatalogueLocator.Result.Found) result).source().load();
      for (Problem warning : loaded.warnings()) {
        reportProblem(Diagnostic.CATALOGUE_WARNING, Kind.WARNING, warning, catalogueSite);
      }
      return loaded.catalogue();
    } catch (CatalogueException e) {
      for (Problem problem : e.problems()) {
        reportProblem(Diagnostic.CATALOGUE_PROBLEM, Kind.ERROR, problem, catalogueSite);
      }
      checkOnly = e.partial().orElse(null);
      return null;
    }
  }

  private void reportProblem(Diagnostic diagnostic, Kind kind, Problem problem, Position position) {
    reporter.report(
        diagnostic,
        problem.code(),
        kind,
        position,
        problem.location(),
        Diagnostic.sentence(problem.message()),
        problem.fix() == null ? "" : " Fix: " + Diagnostic.sentence(problem.fix()));
  }

  /**
   * In a partial compile, the event classes compiled earlier are read back from the earlier index,
   * so that the new index lists them and no event class is generated for their events. In a package
   * whose writers are generated again (it has an event class compiled now), their writers are
   * rebuilt from their class files; elsewhere the writers compiled earlier are kept.
   */
  private void claimEarlierClasses(List<TypeElement> newClasses) {
    Set<String> compiledNow = new LinkedHashSet<>();
    Set<String> packagesNow = new LinkedHashSet<>();
    for (TypeElement type : newClasses) {
      compiledNow.add(type.getQualifiedName().toString());
      packagesNow.add(packageOf(type));
    }
    for (String name : PreviousIndex.annotatedClasses(elements, indexName)) {
      if (compiledNow.contains(name)) {
        continue;
      }
      TypeElement type = elements.getTypeElement(name);
      if (type == null || context.compiledHere(type)) {
        continue;
      }
      String event = EventClassChecker.eventName(type);
      if (event == null || !catalogue.events().containsKey(event)) {
        continue;
      }
      ClassName writer = EventWriterGenerator.writerName(type);
      if (packagesNow.contains(packageOf(type))) {
        if (claims.claim(event, name) == null) {
          rebuildWriter(type, event);
        }
      } else if (elements.getTypeElement(writer.canonicalName()) != null && claims.claim(event, name) == null) {
        listWriter(writer);
        annotatedClasses.add(name);
      }
    }
  }

  /**
   * Rebuilds the writer of an event class compiled earlier, checking it again without reporting
   * its findings (it has no source to put them on): one error says that it no longer fits.
   */
  private void rebuildWriter(TypeElement type, String event) {
    DiagnosticReporter silent = DiagnosticReporter.silent();
    EventClassChecker quiet = new EventClassChecker(context.reportingTo(silent), catalogue, policy);
    if (quiet.check(type) instanceof EventClassChecker.Outcome.Checked checked && checked.plan() != null) {
      addWriter(type, writerGenerator.generate(checked.plan()));
    } else {
      reporter.report(
          Diagnostic.EARLIER_CLASS_STALE,
          Position.none(),
          type.getQualifiedName(),
          event,
          silent.firstError() == null ? "it cannot have a writer" : silent.firstError());
    }
  }

  private void addWriter(TypeElement type, TypeSpec writer) {
    packageWriters.computeIfAbsent(packageOf(type), key -> new ArrayList<>()).add(writer);
    listWriter(EventWriterGenerator.writerName(type));
    annotatedClasses.add(type.getQualifiedName().toString());
  }

  private void listWriter(ClassName writer) {
    writers.put(writer.canonicalName(), writer);
  }

  private String packageOf(TypeElement type) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }

  private void claim(TypeElement type) {
    String event = EventClassChecker.eventName(type);
    if (event == null || !catalogue.events().containsKey(event)) {
      return;
    }
    String previous = claims.claim(event, type.getQualifiedName().toString());
    if (previous != null) {
      reporter.report(
          Diagnostic.DUPLICATE_CLAIM, EventClassChecker.eventNamePosition(type), type.getSimpleName(), event, previous);
    }
  }

  private void writeIndex() {
    indexWritten = true;
    writeWriters();
    write(EventIndexGenerator.generate(indexName, catalogue, writers.values(), annotatedClasses, originating));
    try {
      FileObject services = filer.createResource(
          StandardLocation.CLASS_OUTPUT, "", EventIndexGenerator.SERVICE_FILE, originating.toArray(new Element[0]));
      try (Writer out = new OutputStreamWriter(services.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(indexName.canonicalName() + "\n");
      }
    } catch (IOException e) {
      reporter.report(Diagnostic.WRITE_FAILED, Position.none(), EventIndexGenerator.SERVICE_FILE, e.getMessage());
    }
  }

  /** Writes one {@link WritersFile} per package, unless a class of the user already has its name. */
  private void writeWriters() {
    packageWriters.forEach((pkg, specs) -> {
      ClassName holder = WritersFile.writersClass(pkg);
      if (context.compiledHere(holder.canonicalName())) {
        TypeElement taken = elements.getTypeElement(holder.canonicalName());
        reporter.report(Diagnostic.WRITERS_CLASS_TAKEN, taken == null ? Position.none() : Position.of(taken), holder, pkg);
        writers.values().removeIf(writer -> holder.equals(writer.enclosingClassName()));
        return;
      }
      write(WritersFile.generate(pkg, specs, packageSources.getOrDefault(pkg, List.of())));
    });
  }

  /**
   * Writes a generated source through the Filer. It is rendered to text first and written in one
   * piece: the Filer's writer encodes every small write on its own, and a writers file is large.
   */
  private void write(JavaFile file) {
    String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    String text = file.toString();
    try {
      JavaFileObject source = filer.createSourceFile(name, file.typeSpec().originatingElements().toArray(new Element[0]));
      try (Writer out = source.openWriter()) {
        out.write(text);
      }
    } catch (IOException e) {
      reporter.report(Diagnostic.WRITE_FAILED, Position.none(), name, e.getMessage());
    }
  }
}
