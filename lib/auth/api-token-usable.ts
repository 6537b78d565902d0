/** What decides whether a personal API token still works. */
export interface ApiTokenState {
  revokedAt: Date | null;
  expiresAt: Date | null;
  user: { disabled: boolean };
}

/**
 * Whether a personal API token may act now: not revoked, not expired, its user not disabled. The one
 * rule for a token presented on a call (lib/auth/resolve-principal.ts) and for a token a job chain
 * acts as (lib/auth/acting-principal.ts).
 */
export function isApiTokenUsable(token: ApiTokenState, now = new Date()): boolean {
  return !token.revokedAt && !(token.expiresAt && token.expiresAt <= now) && !token.user.disabled;
}
