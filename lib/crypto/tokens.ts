import crypto from "node:crypto";

/** Token kinds by prefix: personal API tokens, per-job automation tokens, webhook tokens, worker registration tokens. */
export const tokenPrefixes = { api: "bat_", job: "bjt_", webhook: "bwh_", workerRegistration: "bwr_" } as const;
export type TokenKind = keyof typeof tokenPrefixes;

export function generateToken(kind: TokenKind): string {
  return tokenPrefixes[kind] + crypto.randomBytes(32).toString("base64url");
}

/** Tokens are random 256-bit values, so a fast hash is enough (no password stretching needed). */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Enough of a token to recognise it in a list and in logs, far too little to guess the rest. */
export function visibleTokenPrefix(token: string): string {
  return token.slice(0, 12);
}

/** What a stored token's list shows; only "active" ones authenticate. */
export const tokenStatuses = ["active", "expired", "revoked"] as const;
export type TokenStatus = (typeof tokenStatuses)[number];

export function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): TokenStatus {
  return token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : "active";
}
