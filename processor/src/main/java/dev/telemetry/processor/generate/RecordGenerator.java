package dev.telemetry.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.telemetry.processor.writerkit.WriterSkeleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Generates an immutable record with a staged builder: one stage interface per required
 * component in catalogue order, then a last stage with the optional components and {@code
 * build()}. Skipping a required component leaves the caller on a stage without the next method,
 * so it does not compile.
 */
final class RecordGenerator {
  private static final ClassName LIST = ClassName.get(List.class);

  private RecordGenerator() {}

  /** The record, as a top-level type. */
  static TypeSpec generate(RecordModel model) {
    CodeBlock.Builder javadoc = model.javadoc().toBuilder();
    if (!model.components().isEmpty()) {
      javadoc.add("\n");
      for (RecordModel.Component component : model.components()) {
        javadoc.add(Javadocs.param(component.name(), component.description()));
      }
    }
    TypeSpec.Builder record = TypeSpec.recordBuilder(model.className())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(javadoc.build())
        .addAnnotation(WriterSkeleton.generatedAnnotation())
        .recordConstructor(canonicalConstructor(model))
        .addMethod(builderMethod(model));
    for (RecordModel.NestedEnum nestedEnum : model.enums()) {
      record.addType(EnumGenerator.generate(nestedEnum));
    }
    List<RecordModel.Component> required = model.required();
    for (int i = 0; i < required.size(); i++) {
      ClassName next = i + 1 < required.size() ? required.get(i + 1).stage() : model.buildStage();
      record.addType(stageInterface(required.get(i), next));
    }
    return record
        .addType(buildStage(model))
        .addType(builderClass(model))
        .build();
  }

  private static MethodSpec canonicalConstructor(RecordModel model) {
    boolean checks = model.components().stream()
        .anyMatch(component -> component.required() && !component.type().isPrimitive());
    boolean lists = model.components().stream().anyMatch(component -> isList(component.type()));
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    if (lists) {
      constructor.addJavadoc(Javadocs.paragraph((checks ? "Checks that every required value is present, and copies"
          : "Copies") + " lists so that the record stays immutable.", ""));
    } else {
      constructor.addJavadoc(checks ? "Checks that every required value is present.\n" : "Creates the record.\n");
    }
    // List.copyOf refuses null items, so a list holding one fails here rather than when it is sent.
    String nullRefused = checks && lists ? "a required value is null or a list holds a null item"
        : checks ? "a required value is null"
        : lists ? "a list holds a null item"
        : null;
    if (nullRefused != null) {
      constructor.addJavadoc("\n@throws NullPointerException if $L\n", nullRefused);
    }
    UniqueNames lambdaNames = new UniqueNames();
    for (RecordModel.Component component : model.components()) {
      lambdaNames.reserve(component.name());
    }
    for (RecordModel.Component component : model.components()) {
      constructor.addParameter(component.type(), component.name());
      CodeBlock value = CodeBlock.of("$N", component.name());
      if (component.required() && !component.type().isPrimitive()) {
        value = CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, component.name(), wireName(component) + " is required");
      }
      if (isList(component.type())) {
        CodeBlock copy = copyOf(value, component.type(), lambdaNames);
        constructor.addStatement(component.required()
            ? CodeBlock.of("$N = $L", component.name(), copy)
            : CodeBlock.of("$N = $N == null ? null : $L", component.name(), component.name(), copy));
      } else if (component.required() && !component.type().isPrimitive()) {
        constructor.addStatement(value);
      }
    }
    return constructor.build();
  }

  /** An immutable copy of a list, and of the lists inside it. */
  private static CodeBlock copyOf(CodeBlock list, TypeName listType, UniqueNames lambdaNames) {
    TypeName item = itemType(listType);
    if (!isList(item)) {
      return CodeBlock.of("$T.copyOf($L)", LIST, list);
    }
    if (!isList(itemType(item))) {
      return CodeBlock.of("$L.stream().map($T::copyOf).toList()", list, LIST);
    }
    String inner = lambdaNames.allocate("inner");
    return CodeBlock.of("$L.stream().map($N -> $L).toList()", list, inner, copyOf(CodeBlock.of("$N", inner), item, lambdaNames));
  }

  private static MethodSpec builderMethod(RecordModel model) {
    List<RecordModel.Component> required = model.required();
    String firstStep = required.isEmpty()
        ? "the optional values"
        : Javadocs.code(wireName(required.get(0))) + ", then for every other required value in"
            + " catalogue order";
    return MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(required.isEmpty() ? model.buildStage() : required.get(0).stage())
        .addJavadoc(Javadocs.paragraph(
            "Starts building one: the builder asks for " + firstStep + "; the last stage, {@link "
                + model.buildStage().simpleName() + "}, takes the optional values and builds it.", ""))
        .addStatement("return new $T()", model.builderClass())
        .build();
  }

  private static TypeSpec stageInterface(RecordModel.Component component, ClassName next) {
    return TypeSpec.interfaceBuilder(component.stage())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The builder stage that sets $L.\n", Javadocs.code(wireName(component)))
        .addMethod(setter(component, next, Modifier.ABSTRACT).build())
        .build();
  }

  private static TypeSpec buildStage(RecordModel model) {
    TypeSpec.Builder stage = TypeSpec.interfaceBuilder(model.buildStage())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(model.optional().isEmpty()
            ? "The last builder stage.\n"
            : "The last builder stage: sets optional values (leave one out to omit it), then builds.\n");
    for (RecordModel.Component component : model.optional()) {
      stage.addMethod(setter(component, model.buildStage(), Modifier.ABSTRACT).build());
    }
    return stage.addMethod(MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(model.className())
            .addJavadoc("Builds the immutable $L.\n", model.className().simpleName())
            .build())
        .build();
  }

  private static MethodSpec.Builder setter(RecordModel.Component component, ClassName next, Modifier kind) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder(component.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(next)
        .addParameter(component.setterType(), component.name());
    if (kind == Modifier.ABSTRACT) {
      setter.addModifiers(Modifier.ABSTRACT)
          .addJavadoc(Javadocs.paragraph(
              "Sets " + Javadocs.code(wireName(component)) + ": " + component.description(), ""));
    }
    return setter;
  }

  private static TypeSpec builderClass(RecordModel model) {
    TypeSpec.Builder builder = TypeSpec.classBuilder(model.builderClass())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects the values; each stage returns this same builder.\n");
    for (RecordModel.Component component : model.required()) {
      builder.addSuperinterface(component.stage());
    }
    builder.addSuperinterface(model.buildStage());
    for (RecordModel.Component component : model.components()) {
      builder.addField(FieldSpec.builder(component.type(), component.name(), Modifier.PRIVATE).build());
    }
    List<RecordModel.Component> required = model.required();
    for (int i = 0; i < required.size(); i++) {
      ClassName next = i + 1 < required.size() ? required.get(i + 1).stage() : model.buildStage();
      builder.addMethod(setterImplementation(required.get(i), next));
    }
    for (RecordModel.Component component : model.optional()) {
      builder.addMethod(setterImplementation(component, model.buildStage()));
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (RecordModel.Component component : model.components()) {
      arguments.add(CodeBlock.of("$N", component.name()));
    }
    return builder.addMethod(MethodSpec.methodBuilder("build")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(model.className())
            .addStatement("return new $T($L)", model.className(), CodeBlock.join(arguments, ",$W"))
            .build())
        .build();
  }

  private static MethodSpec setterImplementation(RecordModel.Component component, ClassName next) {
    return setter(component, next, Modifier.PUBLIC)
        .addAnnotation(Override.class)
        .addStatement("this.$N = $N", component.name(), component.name())
        .addStatement("return this")
        .build();
  }

  /** The name the catalogue gives a component. */
  static String wireName(RecordModel.Component component) {
    return component.property() == null ? "distinct-id" : component.property().name();
  }

  static boolean isList(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized && parameterized.rawType().equals(LIST);
  }

  static TypeName itemType(TypeName listType) {
    return ((ParameterizedTypeName) listType).typeArguments().get(0);
  }
}
