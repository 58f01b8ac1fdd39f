package dev.telemetry.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Generates the Java enum of an {@code enum} property; each constant knows its wire value. */
final class EnumGenerator {
  private EnumGenerator() {}

  /** The enum, to nest in the record that uses it. */
  static TypeSpec generate(RecordModel.NestedEnum model) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(model.className())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values of $L.\n", Javadocs.code(model.propertyName()));
    for (int i = 0; i < model.values().size(); i++) {
      type.addEnumConstant(model.constants().get(i), TypeSpec.anonymousClassBuilder("$S", model.values().get(i))
          .addJavadoc("Sent as $L.\n", Javadocs.code(model.values().get(i)))
          .build());
    }
    return type
        .addField(FieldSpec.builder(String.class, "value", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "value")
            .addStatement("this.value = value")
            .build())
        .addMethod(MethodSpec.methodBuilder("value")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The value as the catalogue declares it and as it is sent.\n")
            .addStatement("return value")
            .build())
        .build();
  }
}
