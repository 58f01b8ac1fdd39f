package dev.telemetry.catalogue.policy;

/**
 * One breach of the policy.
 *
 * @param code the rule's stable code, such as {@code TELEMETRY-PII-NAME}
 * @param severity how it is reported
 * @param category the personal-data category, such as {@code EMAIL}
 * @param message what is wrong, in plain words, naming the property
 * @param fix how to fix it
 */
public record Finding(String code, Severity severity, String category, String message, String fix) {}
