package dev.telemetry.processor.check;

import dev.telemetry.annotations.TelemetryEvent;
import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.DistinctId;
import dev.telemetry.catalogue.model.EventSpec;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.model.AnnotationMirrors;
import dev.telemetry.processor.model.Encoding;
import dev.telemetry.processor.model.JavaTypes;
import dev.telemetry.processor.model.Member;
import dev.telemetry.processor.model.MemberScanner;
import dev.telemetry.processor.model.WriterPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks one {@code @TelemetryEvent} class: its shape, its event, the personal-data
 * policy on everything it would send, and its members against the catalogue.
 */
public final class EventClassChecker {
  /** The property name of a member that carries a distinct ID given on its own. */
  public static final String GIVEN_DISTINCT_ID = "distinct_id";

  private final CheckContext context;
  private final Catalogue catalogue;
  private final PersonalDataPolicy policy;

  /** A checker for one catalogue and its policy. */
  public EventClassChecker(CheckContext context, Catalogue catalogue, PersonalDataPolicy policy) {
    this.context = context;
    this.catalogue = catalogue;
    this.policy = policy;
  }

  /** What came of checking a class. */
  public sealed interface Outcome {
    /**
     * The class was checked.
     *
     * @param plan its writer plan, or null when errors were reported
     */
    record Checked(WriterPlan plan) implements Outcome {}

    /**
     * A type the class uses does not exist yet (another round may generate it).
     *
     * @param member the member whose type is missing
     * @param type the missing type
     */
    record Deferred(Element member, TypeMirror type) implements Outcome {}
  }

  /** The member of {@code type} (at any depth) whose type is not resolved yet, or null. */
  public Outcome.Deferred unresolved(TypeElement type) {
    return unresolved((DeclaredType) type.asType(), writerPackage(type), new HashSet<>());
  }

  /** The event name that {@code type} claims, or null when the annotation has no usable value. */
  public static String eventName(TypeElement type) {
    return AnnotationMirrors.find(type, TelemetryEvent.class)
        .map(mirror -> AnnotationMirrors.explicitValue(mirror, "value"))
        .filter(value -> value.getValue() instanceof String)
        .map(value -> (String) value.getValue())
        .orElse(null);
  }

  /** Where diagnostics about the event name of {@code type} go: the annotation's value. */
  public static Position eventNamePosition(TypeElement type) {
    AnnotationMirror annotation = AnnotationMirrors.find(type, TelemetryEvent.class).orElseThrow();
    return Position.of(type, annotation, AnnotationMirrors.explicitValue(annotation, "value"));
  }

  /** Checks {@code type}, which carries {@code @TelemetryEvent}. */
  public Outcome check(TypeElement type) {
    String eventName = eventName(type);
    if (eventName == null) {
      return new Outcome.Checked(null);
    }
    AnnotationMirror annotation = AnnotationMirrors.find(type, TelemetryEvent.class).orElseThrow();
    Position atName = eventNamePosition(type);
    String unsupported = unsupportedShape(type);
    if (unsupported != null) {
      context.reporter().report(Diagnostic.UNSUPPORTED_CLASS, Position.of(type, annotation), type.getQualifiedName(), unsupported);
      return new Outcome.Checked(null);
    }
    int errorsBefore = errorCount();
    EventSpec event = catalogue.events().get(eventName);
    if (event == null) {
      context.reporter().report(
          Diagnostic.UNKNOWN_EVENT,
          atName,
          type.getSimpleName(),
          eventName,
          catalogue.file(),
          NearestNames.didYouMean(eventName, catalogue.events().keySet()));
    }
    String writerPackage = writerPackage(type);
    PropertyPath path = PropertyPath.of(eventName);
    MemberScanner.Scan scan = context.scanner().scan((DeclaredType) type.asType(), writerPackage);
    new PolicyWalker(context, catalogue, event == null ? null : policy)
        .walk(path, scan, event == null ? Map.of() : properties(event), type, writerPackage);
    if (event == null) {
      return new Outcome.Checked(null);
    }
    CatalogueMatcher matcher = new CatalogueMatcher(context, catalogue, writerPackage);
    List<Encoding.Field> fields = matcher.matchObject(path, scan, properties(event), type, type);
    if (fields == null || errorCount() > errorsBefore) {
      return new Outcome.Checked(null);
    }
    Encoding.Field distinctId = distinctIdField(event, fields);
    List<Encoding.Field> written = fields.stream().filter(field -> !field.property().equals(GIVEN_DISTINCT_ID)).toList();
    return new Outcome.Checked(new WriterPlan(type, event, catalogue.purposeOf(event), written, distinctId));
  }

  private int errorCount() {
    return context.reporter().errorCount();
  }

  /** Why the class cannot be an event class, or null when it can. */
  private static String unsupportedShape(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      return "is " + switch (type.getKind()) {
        case INTERFACE -> "an interface";
        case ENUM -> "an enum";
        case ANNOTATION_TYPE -> "an annotation type";
        default -> "not a class";
      };
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return "is a local class";
    }
    if (!type.getTypeParameters().isEmpty()) {
      return "is generic";
    }
    for (Element enclosing = type; enclosing instanceof TypeElement each; enclosing = each.getEnclosingElement()) {
      if (each.getModifiers().contains(Modifier.PRIVATE)) {
        return each == type ? "is private" : "is nested in the private class " + each.getSimpleName();
      }
    }
    return null;
  }

  private String writerPackage(TypeElement type) {
    return context.javaTypes().elements().getPackageOf(type).getQualifiedName().toString();
  }

  /**
   * The event's properties as members may match them. When the distinct ID is given on its own
   * ({@code distinct-id: {hash: usr}}), a member named {@code distinctId} (property
   * {@code distinct_id}) may carry it: it is hashed as the distinct ID and never sent as a property.
   */
  private static Map<String, PropertySpec> properties(EventSpec event) {
    if (!(event.distinctId() instanceof DistinctId.Given given)) {
      return event.properties();
    }
    Map<String, PropertySpec> properties = new LinkedHashMap<>(event.properties());
    properties.putIfAbsent(GIVEN_DISTINCT_ID, new PropertySpec(
        GIVEN_DISTINCT_ID,
        new PropertyType.Scalar(ScalarKind.STRING),
        "The distinct ID, given on its own and sent only as its hash.",
        false,
        given.hashPrefix(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        event.location()));
    return properties;
  }

  private static Encoding.Field distinctIdField(EventSpec event, List<Encoding.Field> fields) {
    String property = event.distinctId() instanceof DistinctId.FromProperty fromProperty
        ? fromProperty.property()
        : GIVEN_DISTINCT_ID;
    return event.distinctId() == null
        ? null
        : fields.stream().filter(field -> field.property().equals(property)).findFirst().orElse(null);
  }

  private Outcome.Deferred unresolved(DeclaredType type, String writerPackage, Set<TypeElement> visited) {
    if (!visited.add((TypeElement) type.asElement())) {
      return null;
    }
    for (Member member : context.scanner().scan(type, writerPackage).members()) {
      TypeMirror missing = missingType(member.type());
      if (missing != null) {
        return new Outcome.Deferred(member.element(), missing);
      }
      for (TypeMirror part : parts(member.type())) {
        TypeElement element = JavaTypes.element(part);
        if (element != null
            && (element.getKind() == ElementKind.RECORD || element.getKind() == ElementKind.CLASS)
            && context.compiledHere(element)) {
          Outcome.Deferred nested = unresolved((DeclaredType) part, writerPackage, visited);
          if (nested != null) {
            return nested;
          }
        }
      }
    }
    return null;
  }

  /** The type, its type arguments and array components, recursively. */
  private static List<TypeMirror> parts(TypeMirror type) {
    List<TypeMirror> parts = new ArrayList<>();
    parts.add(type);
    if (type.getKind() == TypeKind.ARRAY) {
      parts.addAll(parts(((ArrayType) type).getComponentType()));
    } else if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        parts.addAll(parts(argument));
      }
    }
    return parts;
  }

  private static TypeMirror missingType(TypeMirror type) {
    return parts(type).stream().filter(part -> part.getKind() == TypeKind.ERROR).findFirst().orElse(null);
  }
}
