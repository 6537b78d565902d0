import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import { generateToken, hashToken, visibleTokenPrefix } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import { findGroupIdOrThrow } from "./find-group-id";
import { registrationTokenViewSelect, toRegistrationTokenView, type CreatedRegistrationTokenView } from "./registration-token-view";
import type { CreateRegistrationTokenInput } from "./schemas";

/**
 * Issues a token a remote worker presents to join the group. As with API tokens, only the
 * secret's SHA-256 is stored, so the returned `token` is the one and only time anyone sees it.
 */
export async function createRegistrationToken(
  db: Db,
  actor: Principal,
  groupName: string,
  input: CreateRegistrationTokenInput,
  sourceAddress: string | null = null,
): Promise<CreatedRegistrationTokenView> {
  const token = generateToken("workerRegistration");
  const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
  return db.$transaction(async (tx) => {
    const groupId = await findGroupIdOrThrow(tx, groupName);
    const row = await tx.workerRegistrationToken.create({
      data: { groupId, name: input.name, tokenHash: hashToken(token), prefix: visibleTokenPrefix(token), expiresAt, createdBy: actor.name, createdByUserId: actor.userId },
      select: registrationTokenViewSelect,
    });
    await recordAuditEvent(tx, {
      actor,
      action: "worker_registration_token.create",
      target: { type: "worker_registration_token", id: row.id, name: row.name },
      sourceAddress,
      details: { group: groupName, prefix: row.prefix, expiresAt: expiresAt.toISOString() },
    });
    return { ...toRegistrationTokenView(row), token };
  });
}
