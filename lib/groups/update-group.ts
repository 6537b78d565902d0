import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getGroupOrThrow } from "./get-group-or-throw";
import { groupViewSelect, toGroupView, type GroupView } from "./group-view";
import type { UpdateGroupInput } from "./schemas";

export async function updateGroup(db: Db, actor: Principal, groupId: string, input: UpdateGroupInput, sourceAddress: string | null = null): Promise<GroupView> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await getGroupOrThrow(tx, groupId);
      const group = await tx.securityGroup.update({ where: { id: groupId }, data: input, select: groupViewSelect });
      await recordAuditEvent(tx, {
        actor,
        action: "group.update",
        target: { type: "group", id: group.id, name: group.name },
        sourceAddress,
        details: { changed: Object.keys(input), ...(input.name && input.name !== before.name ? { previousName: before.name } : {}) },
      });
      return toGroupView(group);
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw new AppError("conflict", `A group named ${input.name} already exists`, { field: "name" });
    throw err;
  }
}
