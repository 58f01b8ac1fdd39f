package dev.telemetry.processor.check;

import dev.telemetry.catalogue.model.Catalogue;
import dev.telemetry.catalogue.model.NamedType;
import dev.telemetry.catalogue.model.PropertySpec;
import dev.telemetry.catalogue.model.PropertyType;
import dev.telemetry.catalogue.model.ScalarKind;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.model.AnnotationMirrors;
import dev.telemetry.processor.model.Encoding;
import dev.telemetry.processor.model.Encoding.Presence;
import dev.telemetry.processor.model.JavaTypes;
import dev.telemetry.processor.model.Member;
import dev.telemetry.processor.model.MemberScanner;
import dev.telemetry.processor.model.PropertyNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks members against the catalogue's properties: every member declared, every required
 * property present, every Java type fitting its declared type (section 5 of the product
 * contract), recursively through named types and array items. The result is the encoding of
 * every property, from which the writer is generated.
 */
public final class CatalogueMatcher {
  private static final Set<TypeKind> WHOLE_NUMBERS = Set.of(TypeKind.INT, TypeKind.LONG, TypeKind.SHORT, TypeKind.BYTE);

  private final CheckContext context;
  private final JavaTypes javaTypes;
  private final Catalogue catalogue;
  private final String writerPackage;
  private final Deque<String> namedTypes = new ArrayDeque<>();

  /** A matcher for one event class whose writer goes to {@code writerPackage}. */
  public CatalogueMatcher(CheckContext context, Catalogue catalogue, String writerPackage) {
    this.context = context;
    this.javaTypes = context.javaTypes();
    this.catalogue = catalogue;
    this.writerPackage = writerPackage;
  }

  /**
   * Matches the members of a class against declared properties.
   *
   * @param path the path of the object
   * @param scan the members that would be sent, and the fields that cannot be read (already
   *     reported, and not reported again as missing)
   * @param properties the declared properties by name
   * @param owner the class, where missing properties are reported (if it is compiled here)
   * @param anchor where errors go for elements that are not compiled here
   * @return the written fields in catalogue order, or null when anything did not match
   */
  public List<Encoding.Field> matchObject(
      PropertyPath path, MemberScanner.Scan scan, Map<String, PropertySpec> properties, TypeElement owner, Element anchor) {
    boolean ok = scan.unreadable().isEmpty();
    Set<String> unreadable = new HashSet<>();
    scan.unreadable().forEach(field -> unreadable.add(PropertyNames.snakeCase(field.field().getSimpleName().toString())));
    List<Member> members = scan.members();
    Map<String, Member> byProperty = new LinkedHashMap<>();
    for (Member member : members) {
      Member first = byProperty.putIfAbsent(member.propertyName(), member);
      if (first != null) {
        context.reporter().report(
            Diagnostic.DUPLICATE_PROPERTY,
            context.at(member.element(), anchor),
            path.child(member.propertyName()),
            first.javaName(),
            member.javaName(),
            member.propertyName());
        ok = false;
      }
    }
    Map<String, Encoding.Field> fields = new LinkedHashMap<>();
    for (Member member : byProperty.values()) {
      if (context.flagged(member.element())) {
        ok = false;
        continue;
      }
      PropertyPath memberPath = path.child(member.propertyName());
      Element memberAnchor = context.anchor(member.element(), anchor);
      PropertySpec spec = properties.get(member.propertyName());
      if (spec == null) {
        context.reporter().report(
            Diagnostic.UNDECLARED_PROPERTY,
            renamePosition(member, memberAnchor),
            memberPath,
            member.javaName(),
            member.propertyName(),
            path,
            NearestNames.didYouMean(member.propertyName(), properties.keySet()));
        ok = false;
        continue;
      }
      Encoding.Value value = matchMember(memberPath, member, spec, memberAnchor);
      if (value == null) {
        ok = false;
      } else {
        fields.put(spec.name(), new Encoding.Field(spec.name(), member, value));
      }
    }
    for (PropertySpec spec : properties.values()) {
      if (spec.required() && !byProperty.containsKey(spec.name()) && !unreadable.contains(spec.name())) {
        context.reporter().report(
            Diagnostic.MISSING_PROPERTY,
            context.at(owner, anchor),
            path.child(spec.name()),
            spec.name(),
            owner.getSimpleName(),
            camelCase(spec.name()),
            spec.name());
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    List<Encoding.Field> ordered = new ArrayList<>();
    for (String name : properties.keySet()) {
      Encoding.Field field = fields.get(name);
      if (field != null) {
        ordered.add(field);
      }
    }
    return ordered;
  }

  /** The {@code @TelemetryProperty} value when the member was renamed (and is compiled here), else the anchor. */
  private Position renamePosition(Member member, Element anchor) {
    if (member.rename() == null || anchor != member.element()) {
      return Position.of(anchor);
    }
    Element carrier = member.annotated().stream()
        .filter(element -> element.getAnnotationMirrors().contains(member.rename()))
        .findFirst()
        .orElse(anchor);
    return Position.of(carrier, member.rename(), AnnotationMirrors.explicitValue(member.rename(), "value"));
  }

  private Encoding.Value matchMember(PropertyPath path, Member member, PropertySpec spec, Element anchor) {
    TypeMirror type = member.type();
    String name = JavaTypes.qualifiedName(type);
    Presence presence;
    TypeMirror valueType;
    if (JavaTypes.optionalValue(type) != null) {
      presence = Presence.OPTIONAL;
      valueType = JavaTypes.optionalValue(type);
    } else if ("java.util.OptionalInt".equals(name)) {
      presence = Presence.OPTIONAL_INT;
      valueType = javaTypes.types().getPrimitiveType(TypeKind.INT);
    } else if ("java.util.OptionalLong".equals(name)) {
      presence = Presence.OPTIONAL_LONG;
      valueType = javaTypes.types().getPrimitiveType(TypeKind.LONG);
    } else if ("java.util.OptionalDouble".equals(name)) {
      presence = Presence.OPTIONAL_DOUBLE;
      valueType = javaTypes.types().getPrimitiveType(TypeKind.DOUBLE);
    } else if (type.getKind().isPrimitive()) {
      presence = Presence.PRIMITIVE;
      valueType = type;
    } else {
      presence = spec.required() ? Presence.REQUIRED : Presence.NULLABLE;
      valueType = type;
    }
    boolean absentPossible = presence != Presence.PRIMITIVE && presence != Presence.REQUIRED;
    boolean optionalForm = absentPossible && presence != Presence.NULLABLE;
    if (spec.required() && optionalForm) {
      mismatch(path, spec, member.javaName(), type, anchor, "a type that is always present (the property is required)");
      return null;
    }
    if (!spec.required() && presence == Presence.PRIMITIVE) {
      mismatch(path, spec, member.javaName(), type, anchor,
          "a boxed type or an Optional (the property is optional: required: false)");
      return null;
    }
    Encoding encoding = encode(path, spec, member.javaName(), valueType, anchor);
    return encoding == null ? null : new Encoding.Value(valueType, presence, encoding, spec);
  }

  private Encoding encode(PropertyPath path, PropertySpec spec, String subject, TypeMirror type, Element anchor) {
    TypeKind primitive = javaTypes.primitiveKind(type);
    if (spec.hashed()) {
      boolean wholeNumber = primitive != null && WHOLE_NUMBERS.contains(primitive);
      // A value is hashed as what the catalogue declares, so that it hashes alike wherever it is sent.
      if (spec.type() instanceof PropertyType.Scalar scalar && scalar.kind() == ScalarKind.INTEGER) {
        return wholeNumber
            ? new Encoding.Hashed(spec.hash(), Encoding.HashedForm.NUMBER)
            : mismatch(path, spec, subject, type, anchor, "int or long (the value is a hashed integer)");
      }
      if (JavaTypes.is(type, "java.lang.String")) {
        return new Encoding.Hashed(spec.hash(), Encoding.HashedForm.TEXT);
      }
      if (JavaTypes.is(type, "java.util.UUID")) {
        return new Encoding.Hashed(spec.hash(), Encoding.HashedForm.UUID);
      }
      if (wholeNumber) {
        return new Encoding.Hashed(spec.hash(), Encoding.HashedForm.DIGITS);
      }
      return mismatch(path, spec, subject, type, anchor, "String, UUID or long (the value is hashed)");
    }
    PropertyType declared = spec.type();
    if (declared instanceof PropertyType.Scalar scalar) {
      return scalar(path, spec, subject, type, anchor, scalar.kind(), primitive);
    }
    if (declared instanceof PropertyType.Enum values) {
      return enumeration(path, spec, subject, type, anchor, values.values());
    }
    if (declared instanceof PropertyType.Array array) {
      return items(path, spec, subject, type, anchor, array.items());
    }
    return named(path, spec, subject, type, anchor, ((PropertyType.Named) declared).typeName());
  }

  private Encoding scalar(
      PropertyPath path, PropertySpec spec, String subject, TypeMirror type, Element anchor, ScalarKind kind, TypeKind primitive) {
    return switch (kind) {
      case STRING -> JavaTypes.is(type, "java.lang.String")
          ? new Encoding.Text()
          : mismatch(path, spec, subject, type, anchor, "String");
      case INTEGER -> primitive != null && WHOLE_NUMBERS.contains(primitive)
          ? new Encoding.Integral()
          : mismatch(path, spec, subject, type, anchor, "int or long (Integer, Long, OptionalInt or OptionalLong when optional)");
      case NUMBER -> primitive == TypeKind.DOUBLE || primitive == TypeKind.FLOAT
          ? new Encoding.Decimal()
          : mismatch(path, spec, subject, type, anchor, "double (Double or OptionalDouble when optional)");
      case BOOLEAN -> primitive == TypeKind.BOOLEAN
          ? new Encoding.Flag()
          : mismatch(path, spec, subject, type, anchor, "boolean (Boolean when optional)");
      case TIMESTAMP -> JavaTypes.is(type, "java.time.Instant")
          ? new Encoding.Timestamp()
          : mismatch(path, spec, subject, type, anchor, "java.time.Instant");
      case DURATION -> JavaTypes.is(type, "java.time.Duration")
          ? new Encoding.Seconds()
          : mismatch(path, spec, subject, type, anchor, "java.time.Duration");
    };
  }

  private Encoding enumeration(
      PropertyPath path, PropertySpec spec, String subject, TypeMirror type, Element anchor, List<String> values) {
    if (JavaTypes.is(type, "java.lang.String")) {
      return new Encoding.EnumText(values);
    }
    if (!JavaTypes.isEnum(type)) {
      return mismatch(path, spec, subject, type, anchor, "a Java enum with constants " + values + ", or a String");
    }
    TypeElement enumType = JavaTypes.element(type);
    Map<String, String> valueOfConstant = new LinkedHashMap<>();
    boolean ok = true;
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = constant.getSimpleName().toString();
      String value = matchingValue(name, values);
      if (value == null) {
        context.reporter().report(
            Diagnostic.ENUM_CONSTANT, context.at(constant, anchor), path, name, enumType.getSimpleName(), values);
        ok = false;
      } else {
        valueOfConstant.put(name, value);
      }
    }
    if (!ok) {
      return null;
    }
    return new Encoding.EnumConstants(enumType, valueOfConstant);
  }

  /** The value a constant stands for: equal ignoring case, {@code _} and {@code -}; an exact match wins. */
  private static String matchingValue(String constant, List<String> values) {
    if (values.contains(constant)) {
      return constant;
    }
    String wanted = normalised(constant);
    return values.stream().filter(value -> normalised(value).equals(wanted)).findFirst().orElse(null);
  }

  private static String normalised(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  private Encoding items(
      PropertyPath path, PropertySpec spec, String subject, TypeMirror type, Element anchor, PropertySpec itemSpec) {
    TypeMirror item = JavaTypes.arrayComponent(type);
    boolean array = item != null;
    if (!array && (javaTypes.isSubtypeOf(type, "java.util.List") || javaTypes.isSubtypeOf(type, "java.util.Set"))) {
      item = javaTypes.collectionElement(type);
    }
    if (item == null || item == type) {
      return mismatch(path, spec, subject, type, anchor,
          "a List, Set or array of " + describe(itemSpec));
    }
    if (JavaTypes.optionalValue(item) != null) {
      return mismatch(path, spec, subject, type, anchor, "a List, Set or array of plain values, not of Optional");
    }
    Presence presence = item.getKind().isPrimitive() ? Presence.PRIMITIVE : Presence.REQUIRED;
    Encoding encoding = encode(path.items(), itemSpec, "each item of " + subject, item, anchor);
    return encoding == null ? null : new Encoding.Items(array, new Encoding.Value(item, presence, encoding, itemSpec));
  }

  private Encoding named(
      PropertyPath path, PropertySpec spec, String subject, TypeMirror type, Element anchor, String typeName) {
    NamedType namedType = catalogue.types().get(typeName);
    TypeElement element = JavaTypes.element(type);
    if (namedType == null
        || element == null
        || (element.getKind() != ElementKind.RECORD && element.getKind() != ElementKind.CLASS)
        || namedTypes.contains(typeName)) {
      return mismatch(path, spec, subject, type, anchor, "a record or class with the properties of type " + typeName);
    }
    MemberScanner.Scan scan = context.scanner().scan((DeclaredType) type, writerPackage);
    namedTypes.push(typeName);
    List<Encoding.Field> fields = matchObject(path, scan, namedType.properties(), element, anchor);
    namedTypes.pop();
    return fields == null ? null : new Encoding.Fields((DeclaredType) type, typeName, fields);
  }

  private Encoding mismatch(
      PropertyPath path, PropertySpec spec, String subject, TypeMirror type, Element anchor, String expected) {
    context.reporter().report(
        Diagnostic.TYPE_MISMATCH, Position.of(anchor), path, describe(spec), subject, JavaTypes.display(type), expected);
    return null;
  }

  /** The declared type in words: {@code string hashed with prefix usr}, {@code array of integer}... */
  static String describe(PropertySpec spec) {
    String type = describe(spec.type());
    return spec.hashed() ? type + " hashed with prefix " + spec.hash() : type;
  }

  private static String describe(PropertyType type) {
    if (type instanceof PropertyType.Enum values) {
      return "enum " + values.values();
    }
    if (type instanceof PropertyType.Array array) {
      return "array of " + describe(array.items());
    }
    if (type instanceof PropertyType.Named named) {
      return "type " + named.typeName();
    }
    return type.key();
  }

  private static String camelCase(String property) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : property.toCharArray()) {
      if (c == '_') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
