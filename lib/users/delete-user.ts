import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getUserOrThrow } from "./get-user-or-throw";

/** Deletes an account with its sessions, tokens, memberships and direct role assignments (cascade). */
export async function deleteUser(db: Db, actor: Principal, userId: string, sourceAddress: string | null = null): Promise<void> {
  if (actor.userId === userId) throw new AppError("conflict", "You cannot delete your own account");
  await db.$transaction(async (tx) => {
    const user = await getUserOrThrow(tx, userId);
    await tx.user.delete({ where: { id: userId } });
    await recordAuditEvent(tx, { actor, action: "user.delete", target: { type: "user", id: user.id, name: user.username }, sourceAddress });
  });
}
