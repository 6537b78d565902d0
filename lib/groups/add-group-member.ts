import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { getUserOrThrow } from "@/lib/users/get-user-or-throw";
import { getGroupOrThrow } from "./get-group-or-throw";

/** Adds a user to a group; adding an existing member changes nothing and records nothing. */
export async function addGroupMember(db: Db, actor: Principal, groupId: string, userId: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await getGroupOrThrow(tx, groupId);
    const user = await getUserOrThrow(tx, userId);
    const existing = await tx.groupMembership.findUnique({ where: { groupId_userId: { groupId, userId } } });
    if (existing) return;
    await tx.groupMembership.create({ data: { groupId, userId } });
    await recordAuditEvent(tx, { actor, action: "group.member_add", target: { type: "group", id: group.id, name: group.name }, sourceAddress, details: { userId, username: user.username } });
  });
}
