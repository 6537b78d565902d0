import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/principal";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ChangeOwnPasswordInput } from "./schemas";

/**
 * The signed-in user changes their password, proving they know the current one (a stolen session
 * alone cannot take over the account). Their other sessions end; the one making the change stays.
 */
export async function changeOwnPassword(db: Db, actor: Principal, input: ChangeOwnPasswordInput, sourceAddress: string | null = null): Promise<void> {
  if (!actor.userId || actor.kind === "job") throw new AppError("forbidden", "Only a user can change their password");
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, username: true, passwordHash: true } });
  if (!user?.passwordHash) throw new AppError("conflict", "This account has no password to change");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    await recordAuditEvent(db, { actor, action: "user.password_change", outcome: "failure", target: { type: "user", id: user.id, name: user.username }, sourceAddress });
    throw new AppError("validation_failed", "The current password is not correct", { field: "currentPassword" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    const revokedSessions = await revokeUserSessions(tx, user.id, { exceptSessionId: actor.sessionId });
    await recordAuditEvent(tx, { actor, action: "user.password_change", target: { type: "user", id: user.id, name: user.username }, sourceAddress, details: { revokedSessions } });
  });
}
