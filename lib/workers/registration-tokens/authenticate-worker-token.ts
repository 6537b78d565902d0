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
 * never stand for a user, and a user's token can never stand for it. The worker protocol checks it on
 * every call, so a revoke stops the worker's next call; only registration passes `recordUse`, which
 * stamps `lastUsedAt` (a write per call would cost SQLite a write per request for a date that says
 * little more than the workers' heartbeats).
 */
export async function authenticateWorkerToken(
  db: DbOrTx,
  secret: string,
  options: { recordUse?: boolean; now?: Date } = {},
): Promise<AuthenticatedWorkerToken> {
  const now = options.now ?? new Date();
  if (!secret.startsWith(tokenPrefixes.workerRegistration)) throw new WorkerTokenRejectedError("unknown");
  const row = await db.workerRegistrationToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: { id: true, revokedAt: true, expiresAt: true, group: { select: { id: true, name: true } } },
  });
  if (!row) throw new WorkerTokenRejectedError("unknown");
  const status = tokenStatus(row, now);
  if (status !== "active") throw new WorkerTokenRejectedError(status);
  if (options.recordUse) {
    // Conditional on the token still being usable: a revoke that commits after the read above wins.
    const { count } = await db.workerRegistrationToken.updateMany({ where: { id: row.id, ...usableRegistrationTokenWhere(now) }, data: { lastUsedAt: now } });
    if (count === 0) throw new WorkerTokenRejectedError("revoked");
  }
  return { tokenId: row.id, group: row.group };
}
