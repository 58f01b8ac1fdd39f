package dev.telemetry.processor.check;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.policy.Finding;
import dev.telemetry.catalogue.policy.PersonalDataPolicy;
import dev.telemetry.catalogue.policy.RawIdentifierRule;
import dev.telemetry.catalogue.policy.Severity;
import dev.telemetry.catalogue.policy.StrictStringRule;
import dev.telemetry.catalogue.policy.Subject;
import dev.telemetry.catalogue.policy.ValueShape;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.model.AnnotationMirrors;
import dev.telemetry.processor.model.JavaTypes;
import dev.telemetry.processor.model.Member;
import dev.telemetry.processor.model.MemberScanner;
import dev.telemetry.processor.model.PropertyNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * Walks everything an event class would send, at any depth (record components, fields read
 * through accessors, nested records and classes, collection and array elements, {@code Optional},
 * superclass fields), and reports what the personal-data policy forbids (schema escapes such as
 * {@code Map} or raw collections included) and fields that cannot be read. Members with such an error are flagged so that the catalogue checks
 * do not pile further errors on them.
 */
public final class PolicyWalker {
  /**
   * Rules about how a catalogue property is declared (constrained strings, hashed identifiers).
   * The loader applies them to every catalogue property, and every member that is sent must match
   * one, so on Java members they would only repeat (or, for undeclared members, pre-empt) the
   * catalogue's own diagnostics.
   */
  private static final Set<String> DECLARATION_RULES = Set.of(StrictStringRule.CODE, RawIdentifierRule.CODE);

  private final CheckContext context;
  private final JavaTypes javaTypes;
  private final Catalogue catalogue;
  private final PersonalDataPolicy policy;

  /** A walker that applies {@code policy}, or only the structural checks when it is null. */
  public PolicyWalker(CheckContext context, Catalogue catalogue, PersonalDataPolicy policy) {
    this.context = context;
    this.javaTypes = context.javaTypes();
    this.catalogue = catalogue;
    this.policy = policy;
  }

  /**
   * Walks the members of an event class.
   *
   * @param path the event's path
   * @param scan the class's members
   * @param specs the event's properties by name (empty when the event is unknown)
   * @param eventClass the class, where errors go when a member has no source here
   * @param writerPackage the package of the generated writer
   */
  public void walk(
      PropertyPath path,
      MemberScanner.Scan scan,
      Map<String, PropertySpec> specs,
      TypeElement eventClass,
      String writerPackage) {
    Deque<TypeElement> stack = new ArrayDeque<>();
    stack.push(eventClass);
    walkScan(path, scan, specs, eventClass, writerPackage, stack);
  }

  private void walkScan(
      PropertyPath path,
      MemberScanner.Scan scan,
      Map<String, PropertySpec> specs,
      Element anchor,
      String writerPackage,
      Deque<TypeElement> stack) {
    for (MemberScanner.Unreadable field : scan.unreadable()) {
      String name = field.field().getSimpleName().toString();
      context.reporter().report(
          Diagnostic.NO_ACCESSOR,
          context.at(field.field(), anchor),
          path.child(PropertyNames.snakeCase(name)),
          name,
          field.why(),
          field.accessor(),
          field.declaringType().getSimpleName());
    }
    for (Member member : scan.members()) {
      walkMember(
          path.child(member.propertyName()),
          member,
          specs.get(member.propertyName()),
          context.anchor(member.element(), anchor),
          writerPackage,
          stack);
    }
  }

  private void walkMember(
      PropertyPath path,
      Member member,
      PropertySpec spec,
      Element anchor,
      String writerPackage,
      Deque<TypeElement> stack) {
    Set<String> markers = new LinkedHashSet<>();
    for (Element element : member.annotated()) {
      addMarkers(markers, element.getAnnotationMirrors());
    }
    Set<String> extraTypeNames = new LinkedHashSet<>();
    TypeMirror type = member.type();
    PropertySpec effective = spec;
    addMarkers(markers, type.getAnnotationMirrors());
    TypeMirror optional = optionalContent(type);
    if (optional != null) {
      type = optional;
      addMarkers(markers, type.getAnnotationMirrors());
    }
    while (true) {
      TypeMirror component = JavaTypes.arrayComponent(type);
      if (component != null) {
        extraTypeNames.add(javaTypes.types().erasure(type).toString());
      } else if (javaTypes.isSubtypeOf(type, "java.util.Collection") && !javaTypes.isRawCollection(type)) {
        component = javaTypes.collectionElement(type);
      } else {
        break;
      }
      type = component;
      path = path.items();
      effective = items(effective);
      addMarkers(markers, type.getAnnotationMirrors());
    }
    if (type.getKind() == TypeKind.ERROR) {
      return;
    }
    if (type.getKind() == TypeKind.WILDCARD || type.getKind() == TypeKind.TYPEVAR) {
      // What a wildcard or type variable holds is only known through its bound (Object if none).
      type = javaTypes.types().erasure(type);
    }
    if (javaTypes.isRawCollection(type) || isRawMap(type)) {
      extraTypeNames.add(Subject.RAW_TYPE_PREFIX + JavaTypes.qualifiedName(type));
    }
    TypeElement typeElement = JavaTypes.element(type);
    if (typeElement != null) {
      addMarkers(markers, typeElement.getAnnotationMirrors());
    }
    if (policy != null) {
      Set<String> typeNames = new LinkedHashSet<>(javaTypes.namesWithSupertypes(type));
      typeNames.addAll(extraTypeNames);
      applyPolicy(path, member, effective, type, typeNames, markers, anchor);
    }
    if (isUserClass(typeElement) && !stack.contains(typeElement)) {
      stack.push(typeElement);
      walkScan(
          path,
          context.scanner().scan((DeclaredType) type, writerPackage),
          nestedSpecs(effective),
          anchor,
          writerPackage,
          stack);
      stack.pop();
    }
  }

  private void applyPolicy(
      PropertyPath path,
      Member member,
      PropertySpec spec,
      TypeMirror type,
      Set<String> typeNames,
      Set<String> markers,
      Element anchor) {
    Set<String> names = new LinkedHashSet<>();
    names.add(member.javaName());
    names.add(member.propertyName());
    boolean constrained = JavaTypes.isEnum(type)
        || (spec != null && (spec.type() instanceof PropertyType.Enum || spec.pattern() != null));
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (String name : names) {
      Subject subject = new Subject(
          name,
          shape(type),
          typeNames,
          spec != null && spec.hashed(),
          constrained,
          spec == null ? null : spec.allowPii(),
          spec == null ? null : spec.rawIdentifier(),
          spec == null ? null : spec.freeText(),
          markers);
      for (Finding finding : policy.check(subject)) {
        if (!DECLARATION_RULES.contains(finding.code())) {
          findings.putIfAbsent(finding.code() + "|" + finding.category(), finding);
        }
      }
    }
    for (Finding finding : findings.values()) {
      if (finding.severity() == Severity.OFF) {
        continue;
      }
      Kind kind = finding.severity() == Severity.ERROR ? Kind.ERROR : Kind.WARNING;
      context.reporter().report(
          Diagnostic.POLICY_FINDING,
          finding.code(),
          kind,
          Position.of(anchor),
          path,
          Diagnostic.sentence(finding.message()),
          finding.fix() == null ? "" : " Fix: " + Diagnostic.sentence(finding.fix()));
      if (kind == Kind.ERROR) {
        context.flag(member.element());
      }
    }
  }

  /** The value inside {@code Optional<T>}, {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}; else null. */
  private TypeMirror optionalContent(TypeMirror type) {
    TypeMirror value = JavaTypes.optionalValue(type);
    if (value != null) {
      return value;
    }
    String name = JavaTypes.qualifiedName(type);
    if ("java.util.OptionalInt".equals(name)) {
      return javaTypes.types().getPrimitiveType(TypeKind.INT);
    }
    if ("java.util.OptionalLong".equals(name)) {
      return javaTypes.types().getPrimitiveType(TypeKind.LONG);
    }
    if ("java.util.OptionalDouble".equals(name)) {
      return javaTypes.types().getPrimitiveType(TypeKind.DOUBLE);
    }
    return null;
  }

  private boolean isRawMap(TypeMirror type) {
    return javaTypes.isSubtypeOf(type, "java.util.Map") && ((DeclaredType) type).getTypeArguments().isEmpty();
  }

  private boolean isUserClass(TypeElement type) {
    if (type == null || (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD)) {
      return false;
    }
    String pkg = javaTypes.elements().getPackageOf(type).getQualifiedName().toString();
    return !(pkg.startsWith("java.") || pkg.startsWith("javax.") || pkg.startsWith("jdk.")
        || pkg.startsWith("sun.") || pkg.startsWith("com.sun."));
  }

  private ValueShape shape(TypeMirror type) {
    TypeKind primitive = javaTypes.primitiveKind(type);
    if (primitive != null) {
      return switch (primitive) {
        case BOOLEAN -> ValueShape.BOOLEAN;
        case FLOAT, DOUBLE -> ValueShape.NUMBER;
        case CHAR -> ValueShape.STRING;
        default -> ValueShape.INTEGER;
      };
    }
    if (JavaTypes.is(type, "java.lang.String") || JavaTypes.is(type, "java.util.UUID")) {
      return ValueShape.STRING;
    }
    if (JavaTypes.isEnum(type)) {
      return ValueShape.ENUM;
    }
    if (JavaTypes.is(type, "java.time.Instant")) {
      return ValueShape.TIMESTAMP;
    }
    if (JavaTypes.is(type, "java.time.Duration")) {
      return ValueShape.DURATION;
    }
    return isUserClass(JavaTypes.element(type)) ? ValueShape.OBJECT : ValueShape.OTHER;
  }

  private static PropertySpec items(PropertySpec spec) {
    return spec != null && spec.type() instanceof PropertyType.Array array ? array.items() : null;
  }

  private Map<String, PropertySpec> nestedSpecs(PropertySpec spec) {
    if (spec != null && spec.type() instanceof PropertyType.Named named) {
      NamedType type = catalogue.types().get(named.typeName());
      if (type != null) {
        return type.properties();
      }
    }
    return Map.of();
  }

  private static void addMarkers(Set<String> markers, Iterable<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      markers.add(AnnotationMirrors.simpleName(annotation));
    }
  }
}
