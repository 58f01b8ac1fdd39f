package dev.telemetry.samples.domain;

import dev.telemetry.annotations.Pii;
import java.util.Objects;

/**
 * One installation of the access service. Telemetry describes it by version, size and identity
 * provider only: its region and sign-in URL narrow down who the customer is, so they are marked
 * {@code @Pii} and the catalogue forbids their names ({@code policy.forbid}).
 *
 * @param id the deployment's ID, such as {@code dep_123}; the group key of every event
 * @param version the product version, such as {@code v0.9.0}
 * @param identityProvider where its users sign in
 * @param stage the stage, such as {@code prod}, or null
 * @param region the cloud region it runs in; never sent
 * @param signInUrl the address its users sign in at; never sent
 */
public record Deployment(
    String id,
    String version,
    IdentityProvider identityProvider,
    String stage,
    @Pii("narrows down the customer") String region,
    @Pii("usually contains the company's name") String signInUrl) {

  /** Checks the required values. */
  public Deployment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(identityProvider, "identityProvider");
  }
}
