import { decode } from "next-auth/jwt";
import type { Db } from "@/lib/db";
import { hashToken, tokenPrefixes } from "@/lib/crypto/tokens";
import { isApiTokenUsable } from "./api-token-usable";
import { loadGrants } from "./load-grants";
import type { Principal } from "./principal";
import { sessionCookieName, sessionSecret } from "./session-config";

/** Claims Baton puts in the next-auth JWT: the user and the UserSession row that can be revoked. */
export interface SessionClaims {
  uid: string;
  sid: string;
}

function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/**
 * Authenticates a request: a bearer token (personal API token) or the portal's session cookie.
 * Returns null when neither is present or valid. Job automation tokens are resolved separately
 * (lib/jobs) because they act for a runbook, not a user.
 */
export async function resolvePrincipal(db: Db, headers: Headers): Promise<Principal | null> {
  const auth = headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) {
    const token = auth.slice(7).trim();
    if (!token.startsWith(tokenPrefixes.api)) return null;
    return resolveApiToken(db, token);
  }
  const cookies = headers.get("cookie");
  const raw = readCookie(cookies, sessionCookieName());
  if (!raw) return null;
  const claims = (await decode({ token: raw, secret: sessionSecret() }).catch(() => null)) as Partial<SessionClaims> | null;
  if (!claims?.sid || !claims.uid) return null;
  return resolveSession(db, claims.uid, claims.sid);
}

async function resolveApiToken(db: Db, token: string): Promise<Principal | null> {
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  const now = new Date();
  if (!row || !isApiTokenUsable(row, now)) return null;
  // Last-used is informational; a write per call would be wasteful, so refresh it once a minute.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    kind: "token",
    userId: row.userId,
    name: row.user.username,
    grants: await loadGrants(db, row.userId),
    tokenId: row.id,
    ...(row.user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}

/** A session stops working at once when it is revoked (sign-out), expires, or its user is disabled. */
export async function resolveSession(db: Db, userId: string, sessionId: string): Promise<Principal | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  const now = new Date();
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt <= now || session.user.disabled) return null;
  return {
    kind: "user",
    userId,
    name: session.user.username,
    grants: await loadGrants(db, userId),
    sessionId,
    ...(session.user.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}
