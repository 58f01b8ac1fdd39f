package dev.telemetry.processor.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about Java types that the checks and the writer generator share. */
public final class JavaTypes {
  private final Elements elements;
  private final Types types;
  /** The erasures of the JDK classes asked about, looked up once: a lookup searches every module. */
  private final Map<String, Optional<TypeMirror>> erasures = new HashMap<>();
  private final Map<String, Set<String>> supertypeNames = new HashMap<>();

  /** Answers with javac's utilities. */
  public JavaTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** javac's type utilities. */
  public Types types() {
    return types;
  }

  /** javac's element utilities. */
  public Elements elements() {
    return elements;
  }

  /** The qualified name of a declared type's class, or null for other types. */
  public static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /** Whether {@code type} is the class named {@code qualifiedName} (any type arguments). */
  public static boolean is(TypeMirror type, String qualifiedName) {
    return qualifiedName.equals(qualifiedName(type));
  }

  /** The element of a declared type, or null. */
  public static TypeElement element(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }

  /** Whether {@code type} is a Java enum. */
  public static boolean isEnum(TypeMirror type) {
    TypeElement element = element(type);
    return element != null && element.getKind() == ElementKind.ENUM;
  }

  /** The primitive kind of a primitive or boxed type, or null. */
  public TypeKind primitiveKind(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind();
    }
    if (type.getKind() == TypeKind.DECLARED) {
      try {
        return types.unboxedType(type).getKind();
      } catch (IllegalArgumentException notBoxed) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code type} (a declared type) is a subtype of the erasure of the JDK class
   * {@code qualifiedName}.
   */
  public boolean isSubtypeOf(TypeMirror type, String qualifiedName) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Optional<TypeMirror> target = erasures.computeIfAbsent(qualifiedName,
        name -> Optional.ofNullable(elements.getTypeElement(name)).map(element -> types.erasure(element.asType())));
    return target.isPresent() && types.isSubtype(types.erasure(type), target.get());
  }

  /**
   * The element type of a {@code Collection}: the type argument {@code E} of
   * {@code java.util.Collection<E>} as {@code type} extends it; null when {@code type} is not a
   * collection, and the collection type itself when it is raw.
   */
  public TypeMirror collectionElement(TypeMirror type) {
    if (!isSubtypeOf(type, "java.util.Collection")) {
      return null;
    }
    return supertypeArgument(type, "java.util.Collection");
  }

  /** The single type argument of supertype {@code qualifiedName} of {@code type}, or {@code type} itself when raw. */
  private TypeMirror supertypeArgument(TypeMirror type, String qualifiedName) {
    if (is(type, qualifiedName)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.isEmpty() ? type : arguments.get(0);
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (isSubtypeOf(supertype, qualifiedName)) {
        TypeMirror found = supertypeArgument(supertype, qualifiedName);
        if (found != supertype) {
          return found;
        }
      }
    }
    return type;
  }

  /** Whether {@code type} is a collection without type arguments. */
  public boolean isRawCollection(TypeMirror type) {
    return isSubtypeOf(type, "java.util.Collection") && collectionElement(type) == type;
  }

  /** The component type of an array, or null. */
  public static TypeMirror arrayComponent(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY ? ((ArrayType) type).getComponentType() : null;
  }

  /** The value inside {@code java.util.Optional<T>}, or null when {@code type} is not an Optional. */
  public static TypeMirror optionalValue(TypeMirror type) {
    if (!is(type, "java.util.Optional")) {
      return null;
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.isEmpty() ? null : arguments.get(0);
  }

  /**
   * The qualified names of the erasure of {@code type} and of all its supertypes, such as
   * {@code java.net.Inet4Address, java.net.InetAddress, java.io.Serializable, java.lang.Object}.
   * Primitive and array types give their own name.
   */
  public Set<String> namesWithSupertypes(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Set.of(types.erasure(type).toString());
    }
    // Only the class matters, not its type arguments: many members share a few classes.
    String name = qualifiedName(type);
    Set<String> known = supertypeNames.get(name);
    if (known != null) {
      return known;
    }
    Set<String> names = new LinkedHashSet<>();
    if (collectNames(type, names)) {
      supertypeNames.put(name, Collections.unmodifiableSet(names));
    }
    return names;
  }

  /** Adds the names; false when a supertype is not resolved yet (a later round may generate it). */
  private boolean collectNames(TypeMirror type, Set<String> names) {
    if (type.getKind() != TypeKind.DECLARED) {
      names.add(types.erasure(type).toString());
      return type.getKind() != TypeKind.ERROR;
    }
    boolean resolved = true;
    if (names.add(qualifiedName(type))) {
      for (TypeMirror supertype : types.directSupertypes(type)) {
        resolved &= collectNames(supertype, names);
      }
    }
    return resolved;
  }

  /** The top-level class that contains {@code element} (itself when it is one), or null. */
  public static TypeElement outermostType(Element element) {
    Element current = element;
    TypeElement outermost = null;
    while (current != null && current.getKind() != ElementKind.PACKAGE && current.getKind() != ElementKind.MODULE) {
      if (current instanceof TypeElement type) {
        outermost = type;
      }
      current = current.getEnclosingElement();
    }
    return outermost;
  }

  /** How a type is written in messages: simple names, such as {@code List<Owner>}. */
  public static String display(TypeMirror type) {
    return type.toString().replaceAll("\\b(?:[a-z_][a-zA-Z0-9_]*\\.)+(?=[A-Za-z_])", "");
  }
}
