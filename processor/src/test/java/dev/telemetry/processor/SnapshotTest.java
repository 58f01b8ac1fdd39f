package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.internal.encode.EventEncodingException;
import dev.telemetry.runtime.event.EventWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the generated writers' {@code snapshot(event)} returns, run on classes compiled by real
 * javac: the event itself for a record of immutable values, an equal record with unmodifiable lists
 * for a record holding lists, and nothing (the interface's null) for a class read through getters.
 */
class SnapshotTest {
  private static CompiledClasses classes;

  @BeforeAll
  static void compile() {
    Compilation compilation = TelemetryCompiler.javac()
        .withOptions("-Atelemetry.catalogue=" + TelemetryCompiler.resource("catalogues/snapshot.yaml"),
            "-Xlint:all,-processing", "-Werror")
        .compile(
            TelemetryCompiler.source("com.example.PlainDone", """
                package com.example;
                import dev.telemetry.annotations.TelemetryEvent;
                import java.time.Instant;
                @TelemetryEvent("snap:plain.done")
                public record PlainDone(String owner, long attempts, Mode mode, Instant finishedAt) {
                  public enum Mode { FAST, SLOW }
                }
                """),
            TelemetryCompiler.source("com.example.ListedDone", """
                package com.example;
                import dev.telemetry.annotations.TelemetryEvent;
                import java.util.List;
                @TelemetryEvent("snap:listed.done")
                public record ListedDone(String owner, List<String> tags, Step main, List<Step> steps) {}
                """),
            TelemetryCompiler.source("com.example.Step", """
                package com.example;
                import java.util.List;
                public record Step(String kind, List<String> labels) {}
                """),
            TelemetryCompiler.source("com.example.BeanDone", """
                package com.example;
                import dev.telemetry.annotations.TelemetryEvent;
                @TelemetryEvent("snap:bean.done")
                public class BeanDone {
                  private final String owner;
                  private long attempts;
                  public BeanDone(String owner, long attempts) {
                    this.owner = owner;
                    this.attempts = attempts;
                  }
                  public String getOwner() { return owner; }
                  public long getAttempts() { return attempts; }
                  public void setAttempts(long attempts) { this.attempts = attempts; }
                }
                """));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
  }

  @Test
  void aRecordOfImmutableValuesIsItsOwnSnapshot() throws ReflectiveOperationException {
    Object mode = classes.loadClass("com.example.PlainDone$Mode").getEnumConstants()[0];
    Object event = classes.construct("com.example.PlainDone", "usr_1", 2L, mode, null);
    assertSame(event, writer("com.example.TelemetryWriters$PlainDoneTelemetryWriter").snapshot(event));
  }

  @Test
  void aRecordWhoseListsAreUnmodifiableAlreadyIsItsOwnSnapshot() throws ReflectiveOperationException {
    Object main = step("build", List.of("fast"));
    Object event = listed(List.of("nightly"), main, List.of(main, step("test", List.of())));
    assertSame(event, writer("com.example.TelemetryWriters$ListedDoneTelemetryWriter").snapshot(event));
  }

  @Test
  void aRecordWithModifiableListsIsCopiedWithUnmodifiableOnes() throws ReflectiveOperationException {
    List<String> labels = new ArrayList<>(List.of("fast"));
    Object main = step("build", labels);
    Object untouched = step("test", List.of("slow"));
    List<Object> steps = new ArrayList<>(List.of(main, untouched));
    List<String> tags = new ArrayList<>(List.of("nightly"));
    Object event = listed(tags, main, steps);

    Object snapshot = writer("com.example.TelemetryWriters$ListedDoneTelemetryWriter").snapshot(event);

    assertNotSame(event, snapshot);
    assertEquals(event, snapshot);
    Object copiedMain = component(snapshot, "main");
    assertNotSame(main, copiedMain);
    List<?> copiedSteps = (List<?>) component(snapshot, "steps");
    assertSame(untouched, copiedSteps.get(1));
    for (List<?> list : List.of((List<?>) component(snapshot, "tags"), (List<?>) component(copiedMain, "labels"),
        copiedSteps, (List<?>) component(copiedSteps.get(0), "labels"))) {
      assertThrows(UnsupportedOperationException.class, list::clear);
    }
    tags.add("changed");
    labels.add("changed");
    steps.clear();
    assertEquals(listed(List.of("nightly"), step("build", List.of("fast")),
        List.of(step("build", List.of("fast")), untouched)), snapshot);
  }

  @Test
  void aListHoldingNullIsCopiedAndTheEventRejectedWhenEncoded() throws ReflectiveOperationException {
    Object event = listed(new ArrayList<>(Arrays.asList("nightly", null)), step("build", List.of()), List.of());
    EventWriter<Object> writer = writer("com.example.TelemetryWriters$ListedDoneTelemetryWriter");
    Object snapshot = writer.snapshot(event);
    assertEquals(event, snapshot);
    EventEncoder encoder = new EventEncoder(TelemetryConfig.builder().build());
    EventEncodingException rejected = assertThrows(EventEncodingException.class,
        () -> encoder.encode(writer, snapshot, null));
    assertEquals("snap:listed.done: tags[] is required but null", rejected.getMessage());
  }

  @Test
  void aClassReadThroughGettersHasNoSnapshot() throws ReflectiveOperationException {
    EventWriter<Object> writer = writer("com.example.TelemetryWriters$BeanDoneTelemetryWriter");
    assertThrows(NoSuchMethodException.class,
        () -> writer.getClass().getDeclaredMethod("snapshot", classes.loadClass("com.example.BeanDone")));
    assertNull(writer.snapshot(classes.construct("com.example.BeanDone", "usr_1", 1L)));
  }

  private static Object listed(List<String> tags, Object main, List<Object> steps) throws ReflectiveOperationException {
    return classes.construct("com.example.ListedDone", "usr_1", tags, main, steps);
  }

  private static Object step(String kind, List<String> labels) throws ReflectiveOperationException {
    return classes.construct("com.example.Step", kind, labels);
  }

  private static Object component(Object record, String name) throws ReflectiveOperationException {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component.getAccessor().invoke(record);
      }
    }
    throw new NoSuchFieldException(name);
  }

  @SuppressWarnings("unchecked")
  private static EventWriter<Object> writer(String className) throws ReflectiveOperationException {
    return (EventWriter<Object>) classes.construct(className);
  }
}
