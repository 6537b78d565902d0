import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { groupViewSelect, toGroupView, type GroupView } from "./group-view";
import type { CreateGroupInput } from "./schemas";

export async function createGroup(db: Db, actor: Principal, input: CreateGroupInput, sourceAddress: string | null = null): Promise<GroupView> {
  try {
    return await db.$transaction(async (tx) => {
      const group = await tx.securityGroup.create({ data: input, select: groupViewSelect });
      await recordAuditEvent(tx, { actor, action: "group.create", target: { type: "group", id: group.id, name: group.name }, sourceAddress });
      return toGroupView(group);
    });
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw new AppError("conflict", `A group named ${input.name} already exists`, { field: "name" });
    throw err;
  }
}
