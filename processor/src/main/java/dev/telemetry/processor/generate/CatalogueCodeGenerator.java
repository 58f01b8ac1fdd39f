package dev.telemetry.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates a type-safe event class, its enums, named-type records and a writer for every
 * catalogue event that no annotated class claims.
 *
 * <p>For {@code cf:request.revoked} it generates the record {@code RequestRevoked} (with a staged
 * builder and nested enums) and the writer {@code RequestRevokedWriter}; every named type that one
 * of these events uses becomes one shared top-level record ({@code timing} is {@code Timing}).
 * Names that would clash get a numeric suffix ({@code RequestCreated2}), in catalogue order.
 */
public final class CatalogueCodeGenerator {
  private CatalogueCodeGenerator() {}

  /**
   * Generates the sources. The result depends only on the arguments (no dates, no file paths), so
   * an unchanged catalogue yields byte-identical sources.
   *
   * @param catalogue the loaded catalogue
   * @param packageName the package of the generated classes
   * @param claimedEvents names of events that annotated classes claim (no class is generated for them)
   * @throws IllegalArgumentException if the catalogue holds something that cannot be generated (a
   *     hashed value of a type other than string or integer, a reference to an undeclared type);
   *     the message names the catalogue location
   */
  public static GeneratedSources generate(Catalogue catalogue, String packageName, Set<String> claimedEvents) {
    List<EventSpec> events = catalogue.events().values().stream()
        .filter(event -> !claimedEvents.contains(event.name()))
        .toList();

    UniqueNames topLevel = new UniqueNames();
    Set<String> topLevelNames = new HashSet<>();
    Map<EventSpec, ClassName> eventClasses = new LinkedHashMap<>();
    Map<EventSpec, ClassName> writerClasses = new LinkedHashMap<>();
    for (EventSpec event : events) {
      ClassName eventClass =
          ClassName.get(packageName, topLevel.allocate(JavaNames.eventClassName(catalogue.namespace(), event.name())));
      ClassName writerClass = ClassName.get(packageName, topLevel.allocate(eventClass.simpleName() + "Writer"));
      eventClasses.put(event, eventClass);
      writerClasses.put(event, writerClass);
      topLevelNames.add(eventClass.simpleName());
      topLevelNames.add(writerClass.simpleName());
    }
    Map<String, ClassName> namedTypes = new LinkedHashMap<>();
    for (String typeName : usedTypes(catalogue, events)) {
      ClassName typeClass = ClassName.get(packageName, topLevel.allocate(JavaNames.typeName(typeName)));
      namedTypes.put(typeName, typeClass);
      topLevelNames.add(typeClass.simpleName());
    }

    RecordModels models = new RecordModels(namedTypes, topLevelNames);
    Map<ClassName, RecordModel> namedModels = new LinkedHashMap<>();
    namedTypes.forEach((typeName, typeClass) ->
        namedModels.put(typeClass, models.forNamedType(catalogue.types().get(typeName), typeClass)));

    List<JavaFile> files = new ArrayList<>();
    for (EventSpec event : events) {
      String purpose = catalogue.purposeOf(event);
      ClassName writerClass = writerClasses.get(event);
      RecordModel eventModel = models.forEvent(event, purpose, eventClasses.get(event), writerClass);
      files.add(file(packageName, RecordGenerator.generate(eventModel)));
      files.add(file(packageName, new WriterGenerator(event, purpose, eventModel, namedModels).generate(writerClass)));
    }
    for (RecordModel namedModel : namedModels.values()) {
      files.add(file(packageName, RecordGenerator.generate(namedModel)));
    }
    return new GeneratedSources(files, List.copyOf(writerClasses.values()));
  }

  /** The named types that the events use, directly or through other named types, in catalogue order. */
  private static List<String> usedTypes(Catalogue catalogue, List<EventSpec> events) {
    Set<String> used = new HashSet<>();
    Deque<PropertySpec> pending = new ArrayDeque<>();
    events.forEach(event -> pending.addAll(event.properties().values()));
    while (!pending.isEmpty()) {
      PropertyType type = pending.pop().type();
      while (type instanceof PropertyType.Array array) {
        type = array.items().type();
      }
      if (type instanceof PropertyType.Named named && used.add(named.typeName())) {
        NamedType declared = catalogue.types().get(named.typeName());
        if (declared == null) {
          throw new IllegalArgumentException("The type '" + named.typeName()
              + "' is used by an event but not declared under the catalogue's types.");
        }
        pending.addAll(declared.properties().values());
      }
    }
    return catalogue.types().keySet().stream().filter(used::contains).toList();
  }

  private static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).build();
  }
}
