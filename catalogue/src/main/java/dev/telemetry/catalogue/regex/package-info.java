/**
 * The regular-expression subset that Java, ECMAScript (as JSON Schema validators such as ajv
 * compile patterns, with the {@code u} flag) and Python's {@code re} read alike: {@link
 * dev.telemetry.catalogue.regex.RegexTokens} splits a pattern into its constructs, and {@link
 * dev.telemetry.catalogue.regex.PortablePatterns} names each construct outside the subset with its
 * portable form.
 */
package dev.telemetry.catalogue.regex;
