/** When catalogue events expire: product versions and the verdict on an expiry at a given day. */
package dev.telemetry.catalogue.lifecycle;
