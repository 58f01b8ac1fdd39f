package dev.telemetry.processor.index;

import com.palantir.javapoet.ClassName;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The event index that an earlier compile of this module generated, as javac sees it on the class
 * path (or source path) during a partial compile.
 *
 * <p>When javac compiles only some files (an IDE, or Maven with a stale-file compile), the
 * annotated classes that are not recompiled are still in the output, as class files. Their names
 * are read back from the earlier index's {@value EventIndexGenerator#ANNOTATED_CLASSES_CONSTANT}
 * constant, so that the new index lists them too and their writers can be rebuilt.
 */
public final class PreviousIndex {
  private PreviousIndex() {}

  /** The annotated classes listed by the earlier index, or an empty list when there is none. */
  public static List<String> annotatedClasses(Elements elements, ClassName index) {
    TypeElement type = elements.getTypeElement(index.canonicalName());
    if (type == null) {
      return List.of();
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(EventIndexGenerator.ANNOTATED_CLASSES_CONSTANT)
          && field.getConstantValue() instanceof String names
          && !names.isEmpty()) {
        return Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
      }
    }
    return List.of();
  }
}
