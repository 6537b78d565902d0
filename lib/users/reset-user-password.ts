import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/principal";
import { revokeUserApiTokens } from "@/lib/auth/revoke-user-api-tokens";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import type { Db } from "@/lib/db";
import { getUserOrThrow } from "./get-user-or-throw";
import type { ResetPasswordInput } from "./schemas";

/**
 * An administrator sets a new password: the old sessions end, the user's API tokens are revoked for
 * good, any lockout is lifted, and the user must replace the password at the next sign-in (so the
 * administrator does not go on knowing a live one) before creating new tokens.
 */
export async function resetUserPassword(db: Db, actor: Principal, userId: string, input: ResetPasswordInput, sourceAddress: string | null = null): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const user = await getUserOrThrow(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null } });
    const revokedSessions = await revokeUserSessions(tx, userId);
    const revokedTokens = await revokeUserApiTokens(tx, userId);
    await recordAuditEvent(tx, { actor, action: "user.password_reset", target: { type: "user", id: user.id, name: user.username }, sourceAddress, details: { revokedSessions, revokedTokens } });
  });
}
