package dev.telemetry.processor.model;

import dev.telemetry.annotations.TelemetryIgnore;
import dev.telemetry.annotations.TelemetryProperty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Lists the members of a class or record that would be sent (section 3 of the product contract):
 * every record component, or every non-static non-transient field of a class and its
 * superclasses, except those marked {@code @TelemetryIgnore}; private fields are read through
 * their accessor.
 */
public final class MemberScanner {
  private final Elements elements;
  private final Types types;

  /** Scans with javac's utilities. */
  public MemberScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The members of a scanned type, and the fields that would be sent but cannot be read.
   *
   * @param members the members, in declaration order (superclass fields first)
   * @param unreadable fields without a member the generated writer can call
   */
  public record Scan(List<Member> members, List<Unreadable> unreadable) {}

  /**
   * A field that would be sent but that generated code cannot read.
   *
   * @param field the field
   * @param declaringType the class that declares it
   * @param why "private", or why it is not visible
   * @param accessor the accessor name to suggest
   */
  public record Unreadable(VariableElement field, TypeElement declaringType, String why, String accessor) {}

  /**
   * Scans {@code type} as seen through {@code declared} (its use, with type arguments), for a
   * writer generated in {@code writerPackage}.
   */
  public Scan scan(DeclaredType declared, String writerPackage) {
    TypeElement type = (TypeElement) declared.asElement();
    return type.getKind() == ElementKind.RECORD
        ? new Scan(recordMembers(declared, type), List.of())
        : classMembers(declared, type, writerPackage);
  }

  private List<Member> recordMembers(DeclaredType declared, TypeElement type) {
    List<Member> members = new ArrayList<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      // javac positions diagnostics on a record's private field (its declaration in the record
      // header), not on the record component itself.
      Element field = ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
          .filter(each -> each.getSimpleName().equals(component.getSimpleName()))
          .findFirst()
          .orElse(null);
      List<Element> annotated = new ArrayList<>();
      if (field != null) {
        annotated.add(field);
      }
      annotated.add(component);
      annotated.add(accessor);
      if (ignored(annotated)) {
        continue;
      }
      TypeMirror valueType = ((ExecutableType) types.asMemberOf(declared, accessor)).getReturnType();
      Member.Read read = new Member.Read(true, accessor.getSimpleName().toString(), accessor);
      members.add(member(field != null ? field : component, annotated, valueType, read));
    }
    return members;
  }

  private Scan classMembers(DeclaredType declared, TypeElement type, String writerPackage) {
    List<Member> members = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
    for (TypeElement owner : hierarchy(type)) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)) {
          continue;
        }
        TypeMirror valueType = types.asMemberOf(declared, field);
        ExecutableElement accessor = accessor(methods, declared, field, valueType, writerPackage);
        List<Element> annotated = new ArrayList<>();
        annotated.add(field);
        if (accessor != null) {
          annotated.add(accessor);
        }
        if (ignored(annotated)) {
          continue;
        }
        Member.Read read;
        if (visible(field, owner, writerPackage)) {
          read = new Member.Read(false, field.getSimpleName().toString(), field);
        } else if (accessor != null) {
          read = new Member.Read(true, accessor.getSimpleName().toString(), accessor);
        } else {
          String why = field.getModifiers().contains(Modifier.PRIVATE)
              ? "private"
              : "not visible from package " + writerPackage;
          unreadable.add(new Unreadable(field, owner, why, accessorName(field, valueType)));
          continue;
        }
        members.add(member(field, annotated, valueType, read));
      }
    }
    return new Scan(members, unreadable);
  }

  /** The class and its superclasses up to (not including) the first JDK class, topmost first. */
  private List<TypeElement> hierarchy(TypeElement type) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    TypeElement current = type;
    while (current != null && !isJdk(current)) {
      chain.addFirst(current);
      TypeMirror superclass = current.getSuperclass();
      current = superclass.getKind() == TypeKind.DECLARED
          ? (TypeElement) ((DeclaredType) superclass).asElement()
          : null;
    }
    return List.copyOf(chain);
  }

  private boolean isJdk(TypeElement type) {
    String name = elements.getPackageOf(type).getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
  }

  private Member member(Element element, List<Element> annotated, TypeMirror type, Member.Read read) {
    String javaName = element.getSimpleName().toString();
    AnnotationMirror rename = null;
    String propertyName = PropertyNames.snakeCase(javaName);
    for (Element each : annotated) {
      AnnotationMirror mirror = AnnotationMirrors.find(each, TelemetryProperty.class).orElse(null);
      String value = mirror == null ? null : AnnotationMirrors.nonBlankString(mirror, "value");
      if (value != null) {
        rename = mirror;
        propertyName = value;
        break;
      }
    }
    return new Member(javaName, propertyName, element, annotated, type, read, rename);
  }

  private static boolean ignored(List<Element> annotated) {
    return annotated.stream().anyMatch(each -> AnnotationMirrors.find(each, TelemetryIgnore.class).isPresent());
  }

  /**
   * A non-private, visible, no-argument method {@code getX()}, {@code isX()} or {@code x()} returning
   * the field's type, among the class's {@code methods} (inherited ones included).
   */
  private ExecutableElement accessor(List<ExecutableElement> methods, DeclaredType declared, VariableElement field,
      TypeMirror fieldType, String writerPackage) {
    String name = field.getSimpleName().toString();
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    List<String> candidates = List.of("get" + capitalised, "is" + capitalised, name);
    for (String candidate : candidates) {
      for (ExecutableElement method : methods) {
        if (method.getSimpleName().contentEquals(candidate)
            && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.STATIC)
            && (!candidate.startsWith("is") || isBoolean(fieldType) || candidate.equals(name))
            && visible(method, (TypeElement) method.getEnclosingElement(), writerPackage)
            && types.isSameType(((ExecutableType) types.asMemberOf(declared, method)).getReturnType(), fieldType)) {
          return method;
        }
      }
    }
    return null;
  }

  private boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
  }

  private String accessorName(VariableElement field, TypeMirror type) {
    String name = field.getSimpleName().toString();
    return (type.getKind() == TypeKind.BOOLEAN ? "is" : "get") + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether code in {@code writerPackage} can use the member. */
  private boolean visible(Element member, TypeElement owner, String writerPackage) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    PackageElement pkg = elements.getPackageOf(owner);
    return pkg.getQualifiedName().contentEquals(writerPackage);
  }
}
