package dev.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.telemetry.runtime.TelemetryConfig;
import dev.telemetry.runtime.internal.encode.EventEncoder;
import dev.telemetry.runtime.event.EventWriter;
import dev.telemetry.runtime.hash.Hasher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hashed value is hashed as the catalogue declares it, whatever Java type holds it: a hashed
 * {@code string} held in a {@code long} is hashed as its digits, so that it matches the event's
 * distinct ID (always hashed as text), and a hashed {@code integer} is hashed as a number.
 */
class HashedIdentifierTest {
  private static final String CATALOGUE = """
      catalogue: 1
      namespace: num
      product: Numbers
      hashing: sha256
      events:
        num:build.done:
          emitted-when: A build finished
          purpose: Counts builds.
          distinct-id: runner_id
          properties:
            runner_id: { type: string, hash: usr, description: The runner. }
            build_id: { type: integer, hash: bld, description: The build. }
          example:
            runner_id: "123"
            build_id: 42
      """;

  @TempDir
  Path folder;

  @Test
  void aNumericDistinctIdAndItsPropertyHashAlike() throws Exception {
    Compilation compilation = compile("long buildId");
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses classes = new CompiledClasses(compilation);
    @SuppressWarnings("unchecked")
    EventWriter<Object> writer = (EventWriter<Object>) classes.construct("com.example.TelemetryWriters$BuildDoneTelemetryWriter");
    Object event = classes.construct("com.example.BuildDone", 123L, 42L);

    JsonNode sent = new ObjectMapper().readTree(
        new EventEncoder(TelemetryConfig.builder().build()).encode(writer, event, null).json());

    Hasher hasher = Hasher.sha256();
    assertEquals(hasher.hash("usr", "123"), sent.get("distinct_id").asText());
    assertEquals(hasher.hash("usr", "123"), sent.get("properties").get("runner_id").asText());
    assertEquals(hasher.hash("bld", 42L), sent.get("properties").get("build_id").asText());
  }

  @Test
  void aHashedIntegerNeedsAWholeNumberType() throws IOException {
    Compilation compilation = compile("String buildId");

    assertThat(compilation).hadErrorContaining("int or long (the value is a hashed integer)");
  }

  private Compilation compile(String buildId) throws IOException {
    Path catalogue = Files.writeString(folder.resolve("catalogue.yaml"), CATALOGUE);
    return TelemetryCompiler.compile(catalogue, TelemetryCompiler.source("com.example.BuildDone", """
        package com.example;
        import dev.telemetry.annotations.TelemetryEvent;
        @TelemetryEvent("num:build.done")
        public record BuildDone(long runnerId, %s) {}
        """.formatted(buildId)));
  }
}
