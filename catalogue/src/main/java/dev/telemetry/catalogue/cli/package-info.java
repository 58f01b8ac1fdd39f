/** The {@code telemetry-catalogue} command line: {@code diff} and {@code docs}. */
package dev.telemetry.catalogue.cli;
