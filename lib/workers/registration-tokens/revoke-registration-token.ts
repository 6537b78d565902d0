import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findGroupIdOrThrow } from "./find-group-id";

/**
 * Revokes one of the group's tokens at once. Revoking it again changes nothing and records nothing,
 * as for API tokens; a token of another group is "not found".
 */
export async function revokeRegistrationToken(db: Db, actor: Principal, groupName: string, tokenId: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const groupId = await findGroupIdOrThrow(tx, groupName);
    const row = await tx.workerRegistrationToken.findFirst({ where: { id: tokenId, groupId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!row) throw notFound("Registration token");
    if (row.revokedAt) return;
    // Conditional, so two revokes racing each other record one event between them.
    const { count } = await tx.workerRegistrationToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: new Date(), revokedBy: actor.name } });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actor,
      action: "worker_registration_token.revoke",
      target: { type: "worker_registration_token", id: row.id, name: row.name },
      sourceAddress,
      details: { group: groupName, prefix: row.prefix },
    });
  });
}
