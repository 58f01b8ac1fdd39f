package dev.telemetry.samples.deployments;

import dev.telemetry.samples.domain.Deployment;
import dev.telemetry.samples.domain.IdentityProvider;
import dev.telemetry.samples.tracking.EventTracker;
import telemetry.cf.DeploymentGroupIdentify;

/**
 * Describes the deployment to telemetry when it changes: {@code cf:groupidentify:deployment}, for
 * the deployment group the client is configured with. Only the version, the counts, the identity
 * provider and the stage are sent; the region and sign-in URL are not in the catalogue, and the
 * generated class has no place for them.
 */
public final class DeploymentReporter {
  private final EventTracker telemetry;

  /** A reporter that tracks to {@code telemetry}. */
  public DeploymentReporter(EventTracker telemetry) {
    this.telemetry = telemetry;
  }

  /** Tracks the deployment's description. */
  public void updated(Deployment deployment, int userCount, int groupCount) {
    telemetry.track(
        DeploymentGroupIdentify.builder()
            .version(deployment.version())
            .userCount(userCount)
            .groupCount(groupCount)
            .idp(idp(deployment.identityProvider()))
            .stage(deployment.stage()) // optional: null leaves it out
            .build());
  }

  private static DeploymentGroupIdentify.Idp idp(IdentityProvider provider) {
    return switch (provider) {
      case COGNITO -> DeploymentGroupIdentify.Idp.COGNITO;
      case OKTA -> DeploymentGroupIdentify.Idp.OKTA;
      case AZURE -> DeploymentGroupIdentify.Idp.AZURE;
      case GOOGLE -> DeploymentGroupIdentify.Idp.GOOGLE;
      case ONE_LOGIN -> DeploymentGroupIdentify.Idp.ONE_LOGIN;
      case JUMPCLOUD -> DeploymentGroupIdentify.Idp.JUMPCLOUD;
    };
  }
}
