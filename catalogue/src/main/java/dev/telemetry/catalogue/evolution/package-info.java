/**
 * What changed in what a product collects between two releases: the diff of two published
 * {@code catalogue.json} files, each difference classified as more data, breaking or neutral.
 */
package dev.telemetry.catalogue.evolution;
