package dev.telemetry.catalogue.regex;

/**
 * A construct of a pattern outside the subset that Java, ECMAScript and Python read alike.
 *
 * @param index where it starts in the pattern (0-based, in chars)
 * @param construct its text in the pattern, such as {@code \z}
 * @param what what it is and how the three differ on it
 * @param fix the portable way to write it
 */
public record NonPortable(int index, String construct, String what, String fix) {}
