import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { roleAssignmentViewSelect, toRoleAssignmentView } from "./role-assignment-view";

/** Removes a role assignment, but never the last global Administrator one: nobody could administer Baton then. */
export async function deleteRoleAssignment(db: Db, actor: Principal, assignmentId: string, sourceAddress: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.roleAssignment.findUnique({ where: { id: assignmentId }, select: roleAssignmentViewSelect });
    if (!row) throw notFound("Role assignment");
    if (row.role === "Administrator" && row.scopeTag === null) {
      const others = await tx.roleAssignment.count({ where: { role: "Administrator", scopeTag: null, id: { not: assignmentId } } });
      if (others === 0) throw conflict("This is the last global Administrator assignment; grant Administrator to someone else first");
    }
    await tx.roleAssignment.delete({ where: { id: assignmentId } });
    const view = toRoleAssignmentView(row);
    await recordAuditEvent(tx, {
      actor,
      action: "role_assignment.delete",
      target: { type: "role_assignment", id: view.id, name: `${view.role} → ${view.principal.type} ${view.principal.name}` },
      sourceAddress,
      details: { role: view.role, scopeTag: view.scopeTag, principalType: view.principal.type, principalId: view.principal.id },
    });
  });
}
