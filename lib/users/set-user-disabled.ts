import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { revokeUserApiTokens } from "@/lib/auth/revoke-user-api-tokens";
import { revokeUserSessions } from "@/lib/auth/revoke-user-sessions";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getUserOrThrow } from "./get-user-or-throw";

/**
 * Disables or re-enables an account. Disabling ends all of the user's sessions and revokes their API
 * tokens for good: re-enabling lets the user sign in again, and they create new tokens if they need
 * them, so nothing issued before the disable comes back to life.
 */
export async function setUserDisabled(db: Db, actor: Principal, userId: string, disabled: boolean, sourceAddress: string | null = null): Promise<void> {
  if (disabled && actor.userId === userId) throw new AppError("conflict", "You cannot disable your own account", { field: "disabled" });
  await db.$transaction(async (tx) => {
    const user = await getUserOrThrow(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { disabled } });
    const revoked = disabled ? { revokedSessions: await revokeUserSessions(tx, userId), revokedTokens: await revokeUserApiTokens(tx, userId) } : null;
    await recordAuditEvent(tx, {
      actor,
      action: disabled ? "user.disable" : "user.enable",
      target: { type: "user", id: user.id, name: user.username },
      sourceAddress,
      ...(revoked ? { details: revoked } : {}),
    });
  });
}
