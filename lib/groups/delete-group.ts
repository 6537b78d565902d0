import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { getGroupOrThrow } from "./get-group-or-throw";

/** Deleting a group removes its memberships and the roles it granted (cascade). */
export async function deleteGroup(db: Db, actor: Principal, groupId: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const group = await getGroupOrThrow(tx, groupId);
    await tx.securityGroup.delete({ where: { id: groupId } });
    await recordAuditEvent(tx, { actor, action: "group.delete", target: { type: "group", id: group.id, name: group.name }, sourceAddress });
  });
}
