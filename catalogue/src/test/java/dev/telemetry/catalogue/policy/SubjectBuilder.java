package dev.telemetry.catalogue.policy;

import java.util.Set;

/** Builds {@link Subject}s for tests, starting from a name and a shape with nothing else set. */
final class SubjectBuilder {
  private final String name;
  private final ValueShape shape;
  private Set<String> typeNames = Set.of();
  private boolean hashed;
  private boolean constrained;
  private String allowPii;
  private String rawIdentifier;
  private String freeText;
  private Set<String> markers = Set.of();

  private SubjectBuilder(String name, ValueShape shape) {
    this.name = name;
    this.shape = shape;
  }

  static SubjectBuilder subject(String name, ValueShape shape) {
    return new SubjectBuilder(name, shape);
  }

  SubjectBuilder types(String... names) {
    typeNames = Set.of(names);
    return this;
  }

  SubjectBuilder markers(String... names) {
    markers = Set.of(names);
    return this;
  }

  SubjectBuilder hashed() {
    hashed = true;
    return this;
  }

  SubjectBuilder constrained() {
    constrained = true;
    return this;
  }

  SubjectBuilder allowPii(String reason) {
    allowPii = reason;
    return this;
  }

  SubjectBuilder rawIdentifier(String reason) {
    rawIdentifier = reason;
    return this;
  }

  SubjectBuilder freeText(String reason) {
    freeText = reason;
    return this;
  }

  Subject build() {
    return new Subject(name, shape, typeNames, hashed, constrained, allowPii, rawIdentifier, freeText, markers);
  }
}
