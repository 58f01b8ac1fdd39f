/** Pseudonymisation of identifiers before they leave the process (SHA-256 or HMAC-SHA256). */
package dev.telemetry.runtime.hash;
