import type { DbOrTx } from "@/lib/db";
import { isApiTokenUsable } from "./api-token-usable";
import { loadGrants } from "./load-grants";
import type { Principal } from "./principal";

/** The identity a job chain acts as (Job.actingUserId / actingTokenId, set from the chain's root). */
export interface ActingIdentity {
  actingUserId: string | null;
  actingTokenId: string | null;
}

/** The acting principal, and why it holds no grants when its identity no longer works. */
export type ActingPrincipal = Principal & { unusable?: string };

/**
 * The principal a runbook's automation calls that reach beyond its own job (Start-AutomationRunbook,
 * Wait-AutomationJob) are authorised as: the user who started the chain's root job, with that user's
 * grants as they are now, or through the API token that started it while that token still works. An
 * identity that no longer resolves (unknown, deleted or disabled user; revoked or expired token)
 * holds no grants, so the chain can start and read nothing further.
 */
export async function resolveActingPrincipal(db: DbOrTx, identity: ActingIdentity): Promise<ActingPrincipal> {
  const none = (name: string, unusable: string): ActingPrincipal => ({ kind: "user", userId: null, name, grants: [], unusable });
  if (!identity.actingUserId) return none("nobody", "no user is recorded as having started its chain");
  const user = await db.user.findUnique({ where: { id: identity.actingUserId }, select: { username: true, disabled: true } });
  if (!user) return none("a deleted user", "the user who started its chain was deleted");
  if (user.disabled) return none(user.username, `${user.username}, who started its chain, is disabled`);
  if (identity.actingTokenId) {
    const token = await db.apiToken.findUnique({ where: { id: identity.actingTokenId }, select: { userId: true, revokedAt: true, expiresAt: true } });
    const principal: Principal = { kind: "token", userId: identity.actingUserId, name: user.username, grants: [], tokenId: identity.actingTokenId };
    if (token?.userId !== identity.actingUserId || !isApiTokenUsable({ ...token, user })) {
      return { ...principal, unusable: `it acts as the API token that started its chain (${user.username}'s), which no longer works` };
    }
    return { ...principal, grants: await loadGrants(db, identity.actingUserId) };
  }
  return { kind: "user", userId: identity.actingUserId, name: user.username, grants: await loadGrants(db, identity.actingUserId) };
}
