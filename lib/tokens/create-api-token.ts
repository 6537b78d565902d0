import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import { generateToken, hashToken, visibleTokenPrefix } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { apiTokenViewSelect, toApiTokenView, type CreatedApiTokenView } from "./api-token-view";
import { requireUserId } from "./require-user-id";
import type { CreateApiTokenInput } from "./schemas";

/**
 * Issues a personal API token acting with its owner's roles. Only its SHA-256 is stored, so the
 * returned `token` is the one and only time anyone sees it. A user who must first replace a password
 * an administrator set gets none, whatever credential asks: the account is not yet theirs alone.
 */
export async function createApiToken(db: Db, principal: Principal, input: CreateApiTokenInput, sourceAddress: string | null = null): Promise<CreatedApiTokenView> {
  const userId = requireUserId(principal);
  const owner = await db.user.findUnique({ where: { id: userId }, select: { disabled: true, mustChangePassword: true } });
  if (!owner || owner.disabled) throw new AppError("forbidden", "Only an enabled user can create API tokens");
  if (owner.mustChangePassword) throw new AppError("password_change_required", "Change your password first: PUT /api/v1/me/password (or the Change password page)");
  const token = generateToken("api");
  const expiresAt = input.expiresInDays === null ? null : new Date(Date.now() + input.expiresInDays * 86_400_000);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId, name: input.name, tokenHash: hashToken(token), prefix: visibleTokenPrefix(token), expiresAt },
      select: apiTokenViewSelect,
    });
    await recordAuditEvent(tx, {
      actor: principal,
      action: "api_token.create",
      target: { type: "api_token", id: row.id, name: row.name },
      sourceAddress,
      details: { prefix: row.prefix, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { ...toApiTokenView(row), token };
  });
}
