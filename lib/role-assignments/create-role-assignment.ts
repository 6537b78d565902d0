import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { getGroupOrThrow } from "@/lib/groups/get-group-or-throw";
import { getUserOrThrow } from "@/lib/users/get-user-or-throw";
import { roleAssignmentViewSelect, toRoleAssignmentView, type RoleAssignmentView } from "./role-assignment-view";
import type { CreateRoleAssignmentInput } from "./schemas";

export async function createRoleAssignment(db: Db, actor: Principal, input: CreateRoleAssignmentInput, sourceAddress: string | null = null): Promise<RoleAssignmentView> {
  return db.$transaction(async (tx) => {
    const holder = input.userId ? { userId: (await getUserOrThrow(tx, input.userId)).id } : { groupId: (await getGroupOrThrow(tx, input.groupId!)).id };
    const scopeTag = input.scopeTag ?? null;
    const duplicate = await tx.roleAssignment.findFirst({ where: { role: input.role, scopeTag, ...holder } });
    if (duplicate) throw conflict(`That ${input.role} assignment already exists`);
    const row = await tx.roleAssignment.create({ data: { role: input.role, scopeTag, createdBy: actor.name, ...holder }, select: roleAssignmentViewSelect });
    const view = toRoleAssignmentView(row);
    await recordAuditEvent(tx, {
      actor,
      action: "role_assignment.create",
      target: { type: "role_assignment", id: view.id, name: `${view.role} → ${view.principal.type} ${view.principal.name}` },
      sourceAddress,
      details: { role: view.role, scopeTag, principalType: view.principal.type, principalId: view.principal.id },
    });
    return view;
  });
}
