package dev.telemetry.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.telemetry.catalogue.model.PropertySpec;
import java.util.List;

/**
 * What one generated record holds (an event class or a named-type record), with every Java name
 * already chosen, so that the record, its builder and its writer agree on them.
 *
 * @param className the record
 * @param javadoc the record's Javadoc, without the {@code @param} entries
 * @param components the record components in catalogue order
 * @param enums the enums nested in the record
 * @param buildStage the builder's last stage, where optional properties are set and {@code build()} is called
 * @param builderClass the private class that implements every stage
 */
record RecordModel(
    ClassName className,
    CodeBlock javadoc,
    List<Component> components,
    List<NestedEnum> enums,
    ClassName buildStage,
    ClassName builderClass) {

  RecordModel {
    components = List.copyOf(components);
    enums = List.copyOf(enums);
  }

  /** The components that the builder asks for one stage at a time. */
  List<Component> required() {
    return components.stream().filter(Component::required).toList();
  }

  /** The components that the last stage may set. */
  List<Component> optional() {
    return components.stream().filter(component -> !component.required()).toList();
  }

  /**
   * One record component.
   *
   * @param name the Java name of the component, its accessor and its builder method
   * @param type the Java type (boxed when the component is optional)
   * @param setterType the type the builder method takes (primitive for optional numbers and booleans,
   *     so that {@code availableRules(1)} compiles)
   * @param property the catalogue property, or null for the distinct ID given on its own
   * @param description the Javadoc text of the component (escaped)
   * @param stage the builder stage that sets it, or null for an optional component
   */
  record Component(
      String name, TypeName type, TypeName setterType, PropertySpec property, String description, ClassName stage) {

    /** Whether the builder must be given it. */
    boolean required() {
      return stage != null;
    }
  }

  /**
   * A Java enum for an {@code enum} property (or for the items of an array of enums).
   *
   * @param className the enum
   * @param values the wire values in catalogue order
   * @param constants the Java constant of each value, in the same order
   * @param propertyName the property it belongs to, for its Javadoc
   */
  record NestedEnum(ClassName className, List<String> values, List<String> constants, String propertyName) {
    NestedEnum {
      values = List.copyOf(values);
      constants = List.copyOf(constants);
    }
  }
}
