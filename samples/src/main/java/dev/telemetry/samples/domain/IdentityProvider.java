package dev.telemetry.samples.domain;

/** Where a deployment's users sign in. */
public enum IdentityProvider {
  /** Amazon Cognito. */
  COGNITO,
  /** Okta. */
  OKTA,
  /** Microsoft Entra ID (Azure AD). */
  AZURE,
  /** Google Workspace. */
  GOOGLE,
  /** OneLogin. */
  ONE_LOGIN,
  /** JumpCloud. */
  JUMPCLOUD
}
