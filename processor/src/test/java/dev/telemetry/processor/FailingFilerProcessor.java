package dev.telemetry.processor;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs a processor in an environment whose Filer fails with an unchecked exception when a source
 * file is created, as a broken build tool might: the processor must turn it into one diagnostic.
 */
final class FailingFilerProcessor implements Processor {
  private final Processor delegate;

  FailingFilerProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment env) {
    delegate.init(new ProcessingEnvironment() {
      @Override
      public Map<String, String> getOptions() {
        return env.getOptions();
      }

      @Override
      public Messager getMessager() {
        return env.getMessager();
      }

      @Override
      public Filer getFiler() {
        return new ReadOnlyFiler(env.getFiler());
      }

      @Override
      public Elements getElementUtils() {
        return env.getElementUtils();
      }

      @Override
      public Types getTypeUtils() {
        return env.getTypeUtils();
      }

      @Override
      public SourceVersion getSourceVersion() {
        return env.getSourceVersion();
      }

      @Override
      public Locale getLocale() {
        return env.getLocale();
      }
    });
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  /** Reads through to javac's Filer; creating a source file fails. */
  private record ReadOnlyFiler(Filer filer) implements Filer {
    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new IllegalStateException("the file system is read-only");
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName, Element... originatingElements)
        throws IOException {
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
