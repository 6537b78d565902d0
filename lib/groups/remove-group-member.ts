import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getGroupOrThrow } from "./get-group-or-throw";

export async function removeGroupMember(db: Db, actor: Principal, groupId: string, userId: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await getGroupOrThrow(tx, groupId);
    const membership = await tx.groupMembership.findUnique({ where: { groupId_userId: { groupId, userId } }, include: { user: { select: { username: true } } } });
    if (!membership) throw notFound("Group member");
    await tx.groupMembership.delete({ where: { groupId_userId: { groupId, userId } } });
    await recordAuditEvent(tx, { actor, action: "group.member_remove", target: { type: "group", id: group.id, name: group.name }, sourceAddress, details: { userId, username: membership.user.username } });
  });
}
