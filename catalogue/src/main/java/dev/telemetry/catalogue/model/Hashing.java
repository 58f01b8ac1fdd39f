package dev.telemetry.catalogue.model;

/** How identifiers are hashed before they leave the process. */
public enum Hashing {
  /** {@code prefix_base64url(sha256(json(value)))}, compatible with analytics-go. */
  SHA256("sha256"),
  /** The same shape with HMAC-SHA256 keyed by a per-deployment secret given to the runtime. */
  HMAC_SHA256("hmac-sha256");

  private final String key;

  Hashing(String key) {
    this.key = key;
  }

  /** The value written in the catalogue. */
  public String key() {
    return key;
  }
}
