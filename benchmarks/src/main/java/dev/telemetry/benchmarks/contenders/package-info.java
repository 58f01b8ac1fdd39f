/**
 * The clients under test behind one small interface, each configured with its defaults and given
 * the flush and close calls its documentation asks for.
 */
package dev.telemetry.benchmarks.contenders;
