import crypto from "node:crypto";

/** Token kinds by prefix: personal API tokens, per-job automation tokens, webhook tokens. */
export const tokenPrefixes = { api: "bat_", job: "bjt_", webhook: "bwh_" } as const;
export type TokenKind = keyof typeof tokenPrefixes;

export function generateToken(kind: TokenKind): string {
  return tokenPrefixes[kind] + crypto.randomBytes(32).toString("base64url");
}

/** Tokens are random 256-bit values, so a fast hash is enough (no password stretching needed). */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}
