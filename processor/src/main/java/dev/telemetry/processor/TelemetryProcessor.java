package dev.telemetry.processor;

import com.google.auto.service.AutoService;
import dev.telemetry.processor.diagnostics.Diagnostic;
import dev.telemetry.processor.diagnostics.DiagnosticReporter;
import dev.telemetry.processor.diagnostics.Position;
import dev.telemetry.processor.options.ProcessorOption;
import dev.telemetry.processor.lifecycle.BuildDay;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The telemetry annotation processor: reads the catalogue, checks every {@code @TelemetryEvent}
 * class against it and against the personal-data policy, generates event classes, writers and the
 * event index, and writes the catalogue's documentation.
 *
 * <p>It claims no annotations and asks for all of them ({@code "*"}), so that it runs on every
 * compile of a module that has it on its processor path: a catalogue alone generates its classes.
 */
@AutoService(Processor.class)
public final class TelemetryProcessor extends AbstractProcessor {
  private final Clock clock;
  private final Map<String, String> environment;
  private DiagnosticReporter reporter;
  private ProcessingSession session;
  private boolean crashed;

  /** Creates the processor; javac calls {@link #init} before any round. */
  public TelemetryProcessor() {
    this(Clock.systemUTC(), System.getenv());
  }

  /**
   * A processor whose build day comes from {@code clock}, and {@code SOURCE_DATE_EPOCH} from
   * {@code environment}: for tests and build tools that run javac in-process.
   */
  public TelemetryProcessor(Clock clock, Map<String, String> environment) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.environment = Map.copyOf(environment);
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter = new DiagnosticReporter(processingEnv.getMessager());
    session = new ProcessingSession(processingEnv, reporter, BuildDay.of(environment, clock));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOption.keys();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (crashed) {
      return false;
    }
    try {
      session.round(round);
    } catch (RuntimeException e) {
      // One clear error instead of a javac crash; later rounds would only repeat it.
      crashed = true;
      reporter.report(Diagnostic.INTERNAL_ERROR, Position.none(), describe(e));
    }
    return false;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0].getClassName() + "." + trace[0].getMethodName();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message) + where;
  }
}
