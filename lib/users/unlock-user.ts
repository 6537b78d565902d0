import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Lifts a sign-in lockout early and clears the failure count, so the delay starts over too. */
export async function unlockUser(db: Db, actor: Principal, userId: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
    if (!user) throw notFound("User");
    await tx.user.update({ where: { id: userId }, data: { lockedUntil: null, failedLoginCount: 0 } });
    await recordAuditEvent(tx, { actor, action: "user.unlock", target: { type: "user", id: user.id, name: user.username }, sourceAddress });
  });
}
