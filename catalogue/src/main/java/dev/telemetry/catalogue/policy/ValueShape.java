package dev.telemetry.catalogue.policy;

/** The shape of a value as the policy sees it, whether it comes from YAML or from a Java type. */
public enum ValueShape {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN,
  ENUM,
  TIMESTAMP,
  DURATION,
  OBJECT,
  ARRAY,
  /** A type the policy cannot classify (the processor reports schema escapes separately). */
  OTHER
}
