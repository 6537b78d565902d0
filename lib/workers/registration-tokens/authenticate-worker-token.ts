import { hashToken, tokenPrefixes, tokenStatus } from "@/lib/crypto/tokens";
import type { DbOrTx } from "@/lib/db";
import { usableRegistrationTokenWhere } from "./usable-registration-token";
import { WorkerTokenRejectedError } from "./worker-token-rejected-error";

/** Who a registration token admits: a worker of this group. */
export interface AuthenticatedWorkerToken {
  tokenId: string;
  group: { id: string; name: string };
}

/**
 * Checks a registration token a remote worker presents and answers the group it joins, or throws
 * `WorkerTokenRejectedError` (unknown, revoked, expired). Looked up by hash in its own table, so it can
 * never stand for a user, and a user's token can never stand for it. Each success stamps `lastUsedAt`:
 * a worker presents it when it registers, not on every call, so there is no write per request to spare.
 */
export async function authenticateWorkerToken(db: DbOrTx, secret: string, now = new Date()): Promise<AuthenticatedWorkerToken> {
  if (!secret.startsWith(tokenPrefixes.workerRegistration)) throw new WorkerTokenRejectedError("unknown");
  const row = await db.workerRegistrationToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { id: true, revokedAt: true, expiresAt: true, group: { select: { id: true, name: true } } },
  });
  if (!row) throw new WorkerTokenRejectedError("unknown");
  const status = tokenStatus(row, now);
  if (status !== "active") throw new WorkerTokenRejectedError(status);
  // Conditional on the token still being usable: a revoke that commits after the read above wins.
  const { count } = await db.workerRegistrationToken.updateMany({ where: { id: row.id, ...usableRegistrationTokenWhere(now) }, data: { lastUsedAt: now } });
  if (count === 0) throw new WorkerTokenRejectedError("revoked");
  return { tokenId: row.id, group: row.group };
}
