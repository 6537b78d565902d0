import type { OAuthConfig } from "next-auth/providers/oauth";
import type { OidcSettings } from "@/lib/env";

/** The id in next-auth's URLs: /api/auth/signin/oidc, /api/auth/callback/oidc (register the latter at the provider). */
export const oidcProviderId = "oidc";

type OidcClaims = Record<string, unknown> & { sub: string };

/**
 * A generic OpenID Connect provider for next-auth, configured from the issuer's discovery document.
 * The ID token is validated (signature, issuer, audience, expiry) and the flow uses PKCE and state.
 * profile() passes the raw claims on; lib/sign-in/sign-in-with-oidc.ts decides which Baton user they are.
 */
export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcClaims> {
  return {
    id: oidcProviderId,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state"],
    idToken: true,
    profile: (claims) => ({ id: claims.sub, name: typeof claims.name === "string" ? claims.name : null, email: typeof claims.email === "string" ? claims.email : null }),
  };
}
