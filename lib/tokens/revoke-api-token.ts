import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { requireUserId } from "./require-user-id";

/** Revokes one of the caller's tokens; someone else's token is "not found", not "forbidden". */
export async function revokeApiToken(db: Db, principal: Principal, tokenId: string, sourceAddress: string | null = null): Promise<void> {
  const userId = requireUserId(principal);
  await db.$transaction(async (tx) => {
    const row = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!row) throw notFound("API token");
    if (row.revokedAt) return;
    await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, { actor: principal, action: "api_token.revoke", target: { type: "api_token", id: row.id, name: row.name }, sourceAddress, details: { prefix: row.prefix } });
  });
}
